package dev.sportello.adapters.memory;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.feedback.FeedbackArea;
import dev.sportello.feedback.FeedbackId;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.feedback.spi.FeedbackRecord;
import dev.sportello.feedback.spi.FeedbackStore;
import dev.sportello.feedback.spi.RatingTally;
import dev.sportello.offices.OfficeCode;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * In-memory ratings, indexed by once key; the suggestions' queue pages on (given at, id), ids compared as
 * their text, which orders them as the databases order UUIDs (unsigned bytes).
 */
final class MemoryFeedbackStore implements FeedbackStore {
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    private static final Comparator<FeedbackRecord> OLDEST_FIRST = Comparator.comparing(FeedbackRecord::givenAt)
            .thenComparing(r -> r.id().toString());

    /** The tables of the feedback area. Guarded by their group's lock (see MemoryStorage). */
    static final class Tables {
        final Map<FeedbackId, FeedbackRecord> byId = new HashMap<>();
        final Map<String, FeedbackId> byOnceKey = new HashMap<>();
    }

    private final Tables tables;
    private final UndoLog undo;

    MemoryFeedbackStore(MemoryData data, UndoLog undo) {
        this.tables = data.feedback;
        this.undo = undo;
    }

    @Override
    public void insert(FeedbackRecord feedback) {
        if (tables.byId.containsKey(feedback.id()) || tables.byOnceKey.containsKey(feedback.onceKey())) {
            throw conflict(feedback.id(), "none");
        }
        undo.put(tables.byId, feedback.id(), feedback);
        undo.put(tables.byOnceKey, feedback.onceKey(), feedback.id());
    }

    @Override
    public void update(FeedbackRecord feedback, long expectedVersion) {
        FeedbackRecord current = tables.byId.get(feedback.id());
        if (current == null || current.version() != expectedVersion) {
            throw conflict(feedback.id(), Long.toString(expectedVersion));
        }
        undo.put(tables.byId, feedback.id(), feedback);
    }

    @Override
    public Optional<FeedbackRecord> find(FeedbackId id) {
        return Optional.ofNullable(tables.byId.get(id));
    }

    @Override
    public Optional<FeedbackRecord> findByOnceKey(String onceKey) {
        return Optional.ofNullable(tables.byOnceKey.get(onceKey)).map(tables.byId::get);
    }

    @Override
    public Page<FeedbackRecord> suggestions(OfficeCode office, Set<SuggestionState> states, PageRequest page) {
        Object[] after = page.cursor() == null ? null : parseCursor(page.cursor());
        List<FeedbackRecord> rows = tables.byId.values().stream()
                .filter(r -> r.state() != null && states.contains(r.state()))
                .filter(r -> office == null || office.equals(r.office()))
                .filter(r -> after == null || isAfter(r, (Instant) after[0], (UUID) after[1]))
                .sorted(OLDEST_FIRST)
                .limit(page.size() + 1L)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        String next = null;
        if (rows.size() > page.size()) {
            rows.remove(rows.size() - 1);
            FeedbackRecord last = rows.get(rows.size() - 1);
            next = cursor(last);
        }
        return new Page<>(rows, next);
    }

    /** The cursor of a row: {@code micros_uuid}, as the JDBC store writes it. */
    static String cursor(FeedbackRecord r) {
        Instant at = r.givenAt();
        return (at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000) + "_" + r.id();
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

    private static boolean isAfter(FeedbackRecord r, Instant at, UUID id) {
        int byTime = r.givenAt().compareTo(at);
        return byTime > 0 || byTime == 0 && r.id().toString().compareTo(id.toString()) > 0;
    }

    @Override
    public List<RatingTally> tallies(OfficeCode office, YearMonth from, YearMonth to) {
        record Cell(FeedbackArea area, OfficeCode office, YearMonth month) {
        }
        Map<Cell, long[]> cells = new HashMap<>();
        for (FeedbackRecord r : tables.byId.values()) {
            if ((office == null || office.equals(r.office())) && !r.month().isBefore(from) && !r.month().isAfter(to)) {
                long[] cell = cells.computeIfAbsent(new Cell(r.target().area(), r.office(), r.month()), c -> new long[2]);
                cell[0]++;
                cell[1] += r.rating();
            }
        }
        List<RatingTally> out = new ArrayList<>();
        cells.forEach((cell, counts) -> out.add(new RatingTally(cell.area(), cell.office(), cell.month(), counts[0],
                counts[1])));
        return out;
    }

    private static SportelloException conflict(FeedbackId id, String expected) {
        return SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "feedback",
                "objectId", Objects.toString(id), "expectedVersion", expected));
    }
}
