package dev.sportello.adapters.memory;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.appointments.spi.WaitlistRecord;
import dev.sportello.offices.OfficeCode;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** In-memory appointments, indexed by owner and by office and day, and the waitlist. */
final class MemoryAppointmentStore implements AppointmentStore {
    private static final Comparator<AppointmentRecord> BY_START = Comparator.comparing(AppointmentRecord::start)
            .thenComparing(r -> r.id().toString());
    private final MemoryData data;
    private final UndoLog undo;

    MemoryAppointmentStore(MemoryData data, UndoLog undo) {
        this.data = data;
        this.undo = undo;
    }

    private static String idempotency(UserId owner, String key) {
        return owner + "|" + key;
    }

    private static String officeDay(OfficeCode office, LocalDate day) {
        return office.value() + "|" + day;
    }

    /** The keyset sort key of an owner's list: start, then id. */
    static String ownerKey(AppointmentRecord r) {
        return String.format("%015d", r.start().getEpochSecond()) + "_" + r.id();
    }

    @Override
    public void insert(AppointmentRecord r) {
        if (data.appointments.containsKey(r.id())
                || data.appointmentsByIdempotency.containsKey(idempotency(r.owner(), r.idempotencyKey()))) {
            throw conflict("appointment", r.id().toString(), "none");
        }
        undo.put(data.appointments, r.id(), r);
        undo.put(data.appointmentsByIdempotency, idempotency(r.owner(), r.idempotencyKey()), r.id());
        undo.put(UndoLog.child(undo, data.appointmentsByOwner, r.owner(), LinkedHashMap::new), r.id(), Boolean.TRUE);
        undo.put(UndoLog.child(undo, data.appointmentsByOfficeDay, officeDay(r.office(), r.day()), LinkedHashMap::new),
                r.id(), Boolean.TRUE);
    }

    @Override
    public void update(AppointmentRecord r, long expectedVersion) {
        AppointmentRecord current = data.appointments.get(r.id());
        if (current == null || current.version() != expectedVersion) {
            throw conflict("appointment", r.id().toString(), Long.toString(expectedVersion));
        }
        undo.put(data.appointments, r.id(), r);
        if (!current.day().equals(r.day()) || !current.office().equals(r.office())) {
            undo.remove(data.appointmentsByOfficeDay.get(officeDay(current.office(), current.day())), r.id());
            undo.put(UndoLog.child(undo, data.appointmentsByOfficeDay, officeDay(r.office(), r.day()), LinkedHashMap::new),
                    r.id(), Boolean.TRUE);
        }
    }

    @Override
    public Optional<AppointmentRecord> find(AppointmentId id) {
        return Optional.ofNullable(data.appointments.get(id));
    }

    @Override
    public Optional<AppointmentRecord> findByIdempotencyKey(UserId owner, String key) {
        return Optional.ofNullable(data.appointmentsByIdempotency.get(idempotency(owner, key))).map(data.appointments::get);
    }

    @Override
    public Page<AppointmentRecord> ofOwner(UserId owner, PageRequest page) {
        Stream<AppointmentRecord> mine = data.appointmentsByOwner.getOrDefault(owner, Map.of()).keySet().stream()
                .map(data.appointments::get);
        return Paging.page(mine, MemoryAppointmentStore::ownerKey, true, page);
    }

    @Override
    public List<AppointmentRecord> onDay(OfficeCode office, LocalDate day) {
        return data.appointmentsByOfficeDay.getOrDefault(officeDay(office, day), Map.of()).keySet().stream()
                .map(data.appointments::get).sorted(BY_START).toList();
    }

    @Override
    public List<AppointmentRecord> waiting(OfficeCode office) {
        return data.appointments.values().stream()
                .filter(r -> r.office().equals(office) && r.status() == AppointmentStatus.WAITING)
                .sorted(Comparator.comparing(AppointmentRecord::waitingSince).thenComparing(r -> r.id().toString()))
                .toList();
    }

    @Override
    public void insertWaitlist(WaitlistRecord entry) {
        if (data.waitlist.containsKey(entry.id())) {
            throw conflict("waitlist", entry.id().toString(), "none");
        }
        undo.put(data.waitlist, entry.id(), entry);
    }

    @Override
    public void updateWaitlist(WaitlistRecord entry, long expectedVersion) {
        WaitlistRecord current = data.waitlist.get(entry.id());
        if (current == null || current.version() != expectedVersion) {
            throw conflict("waitlist", entry.id().toString(), Long.toString(expectedVersion));
        }
        undo.put(data.waitlist, entry.id(), entry);
    }

    @Override
    public Optional<WaitlistRecord> findWaitlist(WaitlistEntryId id) {
        return Optional.ofNullable(data.waitlist.get(id));
    }

    private static final Comparator<WaitlistRecord> FIRST_COME = Comparator
            .comparing((WaitlistRecord w) -> w.createdAt()).thenComparing(w -> w.id().toString());

    @Override
    public List<WaitlistRecord> queue(OfficeCode office, TopicCode topic, ContactMode mode, LocalDate day, int limit) {
        return data.waitlist.values().stream()
                .filter(w -> w.status() == WaitlistStatus.WAITING && w.office().equals(office)
                        && w.topic().equals(topic) && w.mode() == mode && w.day().equals(day))
                .sorted(FIRST_COME).limit(limit).toList();
    }

    @Override
    public List<WaitlistRecord> waitlistOf(UserId owner) {
        return data.waitlist.values().stream().filter(w -> w.owner().equals(owner))
                .sorted(FIRST_COME.reversed()).toList();
    }

    @Override
    public List<WaitlistRecord> waitlistOnDay(OfficeCode office, LocalDate day) {
        return data.waitlist.values().stream()
                .filter(w -> w.office().equals(office) && w.day().equals(day)
                        && (w.status() == WaitlistStatus.WAITING || w.status() == WaitlistStatus.OFFERED))
                .sorted(FIRST_COME).toList();
    }

    private static SportelloException conflict(String type, String id, String expected) {
        return SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", type, "objectId", id,
                "expectedVersion", expected));
    }
}
