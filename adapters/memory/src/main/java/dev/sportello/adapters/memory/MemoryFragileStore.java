package dev.sportello.adapters.memory;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.fragile.CallbackId;
import dev.sportello.fragile.CallbackStatus;
import dev.sportello.fragile.ChannelContact;
import dev.sportello.fragile.ChannelContactId;
import dev.sportello.fragile.LetterId;
import dev.sportello.fragile.spi.CallbackRecord;
import dev.sportello.fragile.spi.EnrolmentRecord;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.fragile.spi.LetterRecord;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Skill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The fragile-users channel in memory: one enrolment per user, letters, contacts, callbacks. Lists order on
 * (instant, id), ids compared as their text, which orders them as the databases order UUIDs; the callbacks'
 * queue pages on (due at, id) with the JDBC store's cursor form.
 */
final class MemoryFragileStore implements FragileStore {
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final Comparator<CallbackRecord> EARLIEST_DUE = Comparator.comparing(CallbackRecord::dueAt)
            .thenComparing(c -> c.id().toString());

    /** The tables of the channel. Guarded by their group's lock (see MemoryStorage). */
    static final class Tables {
        final Map<UserId, EnrolmentRecord> enrolments = new HashMap<>();
        final Map<LetterId, LetterRecord> letters = new HashMap<>();
        final Map<ChannelContactId, ChannelContact> contacts = new HashMap<>();
        final Map<CallbackId, CallbackRecord> callbacks = new HashMap<>();
    }

    private final Tables tables;
    private final UndoLog undo;

    MemoryFragileStore(MemoryData data, UndoLog undo) {
        this.tables = data.fragile;
        this.undo = undo;
    }

    @Override
    public void insertEnrolment(EnrolmentRecord enrolment) {
        if (tables.enrolments.containsKey(enrolment.user())) {
            throw conflict("fragile-enrolment", enrolment.user().toString(), "none");
        }
        undo.put(tables.enrolments, enrolment.user(), enrolment);
    }

    @Override
    public void updateEnrolment(EnrolmentRecord enrolment, long expectedVersion) {
        EnrolmentRecord current = tables.enrolments.get(enrolment.user());
        if (current == null || current.version() != expectedVersion) {
            throw conflict("fragile-enrolment", enrolment.user().toString(), Long.toString(expectedVersion));
        }
        undo.put(tables.enrolments, enrolment.user(), enrolment);
    }

    @Override
    public Optional<EnrolmentRecord> findEnrolment(UserId user) {
        return Optional.ofNullable(tables.enrolments.get(user));
    }

    @Override
    public void insertLetter(LetterRecord letter) {
        if (tables.letters.containsKey(letter.id())) {
            throw conflict("letter", letter.id().toString(), "none");
        }
        undo.put(tables.letters, letter.id(), letter);
    }

    @Override
    public void updateLetter(LetterRecord letter, long expectedVersion) {
        LetterRecord current = tables.letters.get(letter.id());
        if (current == null || current.version() != expectedVersion) {
            throw conflict("letter", letter.id().toString(), Long.toString(expectedVersion));
        }
        undo.put(tables.letters, letter.id(), letter);
    }

    @Override
    public Optional<LetterRecord> findLetter(LetterId id) {
        return Optional.ofNullable(tables.letters.get(id));
    }

    @Override
    public List<LetterRecord> lettersOf(UserId user) {
        return tables.letters.values().stream().filter(l -> l.user().equals(user))
                .sorted(Comparator.comparing(LetterRecord::requestedAt).thenComparing(l -> l.id().toString()).reversed())
                .toList();
    }

    @Override
    public void addContact(ChannelContact contact) {
        if (tables.contacts.containsKey(contact.id())) {
            throw conflict("fragile-contact", contact.id().toString(), "none");
        }
        undo.put(tables.contacts, contact.id(), contact);
    }

    @Override
    public List<ChannelContact> contactsOf(UserId user) {
        return tables.contacts.values().stream().filter(c -> c.user().equals(user))
                .sorted(Comparator.comparing(ChannelContact::at).thenComparing(c -> c.id().toString()).reversed())
                .toList();
    }

    @Override
    public void insertCallback(CallbackRecord callback) {
        if (tables.callbacks.containsKey(callback.id())) {
            throw conflict("callback", callback.id().toString(), "none");
        }
        undo.put(tables.callbacks, callback.id(), callback);
    }

    @Override
    public void updateCallback(CallbackRecord callback, long expectedVersion) {
        CallbackRecord current = tables.callbacks.get(callback.id());
        if (current == null || current.version() != expectedVersion) {
            throw conflict("callback", callback.id().toString(), Long.toString(expectedVersion));
        }
        undo.put(tables.callbacks, callback.id(), callback);
    }

    @Override
    public Optional<CallbackRecord> findCallback(CallbackId id) {
        return Optional.ofNullable(tables.callbacks.get(id));
    }

    @Override
    public Page<CallbackRecord> openCallbacks(OfficeCode office, Set<Skill> skills, Instant dueBy, PageRequest page) {
        Object[] after = page.cursor() == null ? null : parseCursor(page.cursor());
        List<CallbackRecord> rows = tables.callbacks.values().stream()
                .filter(c -> c.status() == CallbackStatus.OPEN && c.office().equals(office) && !c.dueAt().isAfter(dueBy))
                .filter(c -> skills.containsAll(c.skills()))
                .filter(c -> after == null || isAfter(c, (Instant) after[0], (UUID) after[1]))
                .sorted(EARLIEST_DUE)
                .limit(page.size() + 1L)
                .collect(Collectors.toCollection(ArrayList::new));
        String next = null;
        if (rows.size() > page.size()) {
            rows.remove(rows.size() - 1);
            next = cursor(rows.get(rows.size() - 1));
        }
        return new Page<>(rows, next);
    }

    /** The cursor of a row: {@code micros_uuid}, as the JDBC store writes it. */
    static String cursor(CallbackRecord c) {
        Instant at = c.dueAt();
        return (at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000) + "_" + c.id();
    }

    /** Reads back only the exact form {@link #cursor} writes (a canonical UUID, a time in 1900–9999), as JDBC does. */
    private static Object[] parseCursor(String cursor) {
        try {
            int sep = cursor.indexOf('_');
            long micros = Long.parseLong(cursor.substring(0, sep));
            UUID id = UUID.fromString(cursor.substring(sep + 1));
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
            if (id.toString().equals(cursor.substring(sep + 1)) && !at.isBefore(EARLIEST) && !at.isAfter(LATEST)) {
                return new Object[]{at, id};
            }
        } catch (RuntimeException e) {
            // refused below
        }
        throw SportelloException.invalidField(ErrorCode.PAGE_CURSOR_INVALID, "cursor", Map.of());
    }

    private static boolean isAfter(CallbackRecord c, Instant at, UUID id) {
        int byTime = c.dueAt().compareTo(at);
        return byTime > 0 || byTime == 0 && c.id().toString().compareTo(id.toString()) > 0;
    }

    private static SportelloException conflict(String type, String id, String expected) {
        return SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", type, "objectId", id,
                "expectedVersion", expected));
    }
}
