package dev.sportello.core.internal.appointments;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.Slot;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.appointments.spi.BookingLookup;
import dev.sportello.appointments.spi.BookingReads;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.internal.appointments.SlotGrid.GridSlot;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Secrets;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Recipient;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.Closure;
import dev.sportello.offices.Office;
import dev.sportello.spi.CounterKey;
import dev.sportello.spi.CounterStore;
import dev.sportello.users.PhoneNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Availability and booking (R-APT-1…3, R-APT-6). Seats are bounded counters taken as the booking's very
 * last write, so that a database holds the hot row's lock only for the commit; a booking that loses the
 * race for the last seat rolls back whole, and since the meeting room of a video call is opened only
 * after commit (a task), it opens nothing.
 *
 * <p>Thread-safe.
 */
final class Booking {
    private static final int MAX_DAYS = 62;

    private final Kernel kernel;
    private final Calendars calendars;
    private final Seats seats;
    private final BookingRules rules;
    private final AppointmentMessages messages;
    private final AppointmentSettings settings;

    Booking(Kernel kernel, Calendars calendars, Seats seats, BookingRules rules, AppointmentMessages messages,
            AppointmentSettings settings) {
        this.kernel = kernel;
        this.calendars = calendars;
        this.seats = seats;
        this.rules = rules;
        this.messages = messages;
        this.settings = settings;
    }

    Availability availability(Principal principal, AvailabilityQuery query) {
        return kernel.execute(principal, Operation.APPOINTMENT_AVAILABILITY, query, tx -> {
            if (query.to().isBefore(query.from()) || query.from().plusDays(MAX_DAYS - 1L).isBefore(query.to())) {
                throw AppointmentRules.fail(ErrorCode.APT_RANGE_INVALID, "to", Map.of("max", Integer.toString(MAX_DAYS)));
            }
            Office office = calendars.offices().require(query.office());
            BookingCalendar calendar = calendars.calendar(office, query.topic());
            int capacity = Calendars.requireMode(calendar, query.mode());
            Calendars.requireSignLanguageMode(query.mode(), query.interpretation());
            boolean signLanguage = query.interpretation() == Interpretation.SIGN_LANGUAGE;
            LocalDate today = tx.now().atZone(office.zone()).toLocalDate();
            LocalDate from = query.from().isBefore(today) ? today : query.from();
            LocalDate last = today.plusDays(calendar.horizonDays());
            LocalDate to = query.to().isAfter(last) ? last : query.to();
            List<GridSlot> grid = new ArrayList<>();
            if (!from.isAfter(to)) {
                for (CalendarDay day : calendars.offices().calendar(tx, office, from, to)) {
                    if (day.open()) {
                        SlotGrid.slots(calendar, office.zone(), day.date()).stream()
                                .filter(s -> !s.start().isBefore(tx.now().plus(calendar.minimumNotice())))
                                .forEach(grid::add);
                    }
                }
            }
            List<CounterKey> keys = grid.stream().map(s -> Seats.seat(office.code(), calendar.topic().code(), query.mode(),
                    s.start())).toList();
            Map<CounterKey, Long> used = tx.store(CounterStore.class).values(keys);
            Map<Instant, Integer> interpreters = signLanguage ? seats.freeInterpreters(tx, office, grid) : Map.of();
            List<Slot> slots = new ArrayList<>(grid.size());
            for (int i = 0; i < grid.size(); i++) {
                GridSlot s = grid.get(i);
                int remaining = (int) Math.max(0, capacity - used.getOrDefault(keys.get(i), 0L));
                if (signLanguage) {
                    remaining = Math.min(remaining, interpreters.getOrDefault(s.start(), 0));
                }
                slots.add(new Slot(s.start(), s.end(), s.local().toOffsetDateTime(), capacity, remaining));
            }
            return new Availability(calendar, query.mode(), office.zone(), slots);
        });
    }

    Appointment book(Principal principal, BookAppointment command) {
        Operation operation = command != null && command.mode() == ContactMode.VIDEO_CALL
                ? Operation.APPOINTMENT_BOOK_VIDEO_CALL : Operation.APPOINTMENT_BOOK;
        return kernel.execute(principal, operation, command, tx -> {
            UserId owner = ObjectAccess.requireUser(principal, operation);
            Optional<Office> known = calendars.offices().directory().office(command.office());
            if (known.isEmpty()) {
                return AppointmentViews.view(replay(tx, owner, command).orElseThrow(() ->
                        SportelloException.of(ErrorCode.OFF_OFFICE_UNKNOWN, Map.of("office", command.office().value()))));
            }
            Office office = known.get();
            // one round trip for what a booking reads: the earlier booking under the key, the owner with
            // contact points and consents, and the office's closures on the slot's day
            BookingReads read = tx.store(AppointmentStore.class).forBooking(new BookingLookup(owner,
                    command.idempotencyKey(), office.code(), command.start().atZone(office.zone()).toLocalDate()), tx.stores());
            if (read.earlier().isPresent()) {
                return AppointmentViews.view(same(read.earlier().get(), command));
            }
            read.owner().ifPresent(user -> messages.remember(tx, user, read.consents()));
            BookingCalendar calendar = calendars.calendar(office, command.topic());
            return AppointmentViews.view(place(tx, office, calendar, owner, command.mode(), command.start(),
                    command.interpretation(), command.idempotencyKey(), null, read.closures()));
        });
    }

    /** The appointment booked earlier under the command's idempotency key, if any (checked to be the same booking). */
    private static Optional<AppointmentRecord> replay(Tx tx, UserId owner, BookAppointment command) {
        return tx.store(AppointmentStore.class).findByIdempotencyKey(owner, command.idempotencyKey()).map(r -> same(r, command));
    }

    private static AppointmentRecord same(AppointmentRecord r, BookAppointment command) {
        boolean same = r.office().equals(command.office()) && r.topic().equals(command.topic())
                && r.mode() == command.mode() && r.interpretation() == command.interpretation()
                && (r.start().equals(command.start()) || r.sequence() > 0);
        if (!same) {
            throw SportelloException.of(ErrorCode.APT_IDEMPOTENCY_KEY_REUSED, Map.of("field", "idempotencyKey"));
        }
        return r;
    }

    /** A seat already held for the booking (a waitlist offer): its operator of sign language, if any. */
    record Held(OperatorId operator) {
    }

    AppointmentRecord place(Tx tx, Office office, BookingCalendar calendar, UserId ownerId, ContactMode mode,
                            Instant start, Interpretation interpretation, String idempotencyKey, Held held) {
        return place(tx, office, calendar, ownerId, mode, start, interpretation, idempotencyKey, held, null);
    }

    /**
     * Places an appointment: every check, then the writes buffered for the command's one flush, the
     * active-bookings counter and (unless a seat is held) the seat counter last.
     */
    private AppointmentRecord place(Tx tx, Office office, BookingCalendar calendar, UserId ownerId, ContactMode mode,
                                    Instant start, Interpretation interpretation, String idempotencyKey, Held held,
                                    List<Closure> closures) {
        int capacity = Calendars.requireMode(calendar, mode);
        Calendars.requireSignLanguageMode(mode, interpretation);
        GridSlot slot = held == null ? calendars.requireSlot(tx, office, calendar, start, "start", closures)
                : SlotGrid.at(calendar, office.zone(), start).orElseThrow();
        Recipient owner = messages.recipient(tx, ownerId);
        rules.requireEligible(tx, calendar, mode, owner);
        boolean signLanguage = interpretation == Interpretation.SIGN_LANGUAGE;
        if (signLanguage) {
            rules.requireDeaf(tx, owner);
        }
        tx.increment(Seats.active(ownerId, calendar.topic().code()), settings.maxActivePerTopic(),
                () -> SportelloException.of(ErrorCode.APT_TOO_MANY_ACTIVE, Map.of("limit",
                        Integer.toString(settings.maxActivePerTopic()), "topic", calendar.topic().code().code())));
        OperatorId interpreter = !signLanguage ? null : held != null ? held.operator() : seats.reserveInterpreter(tx, office, slot);
        AppointmentId id = new AppointmentId(tx.newUuid());
        String code = mode == ContactMode.VIDEO_CALL ? Secrets.numericCode(settings.admissionCodeDigits()) : null;
        PhoneNumber callback = mode == ContactMode.PHONE_CALLBACK
                ? owner.verified(Channel.SMS).map(c -> new PhoneNumber(c.value())).orElseThrow() : null;
        AppointmentRecord record = AppointmentRecord.builder().id(id).owner(ownerId).bookedBy(tx.principal().actor())
                .office(office.code()).topic(calendar.topic().code()).mode(mode).start(slot.start()).end(slot.end())
                .zone(office.zone()).day(slot.local().toLocalDate()).interpretation(interpretation).operator(interpreter)
                .status(AppointmentStatus.BOOKED).idempotencyKey(idempotencyKey).callbackNumber(callback)
                .admissionCodeHash(code == null ? null : Secrets.hash(code)).createdAt(tx.now()).updatedAt(tx.now())
                .version(0).build();
        tx.append(AppointmentStore.class, record);
        tx.auditCreated("APPOINTMENT_BOOKED", id);
        tx.event(AppointmentEvents.BOOKED, id, Map.of("office", office.code().value(), "topic",
                calendar.topic().code().code(), "mode", mode.name(), "interpretation", interpretation.name()));
        scheduled(tx, record, calendar, code, false);
        if (held == null) {
            tx.increment(Seats.seat(office.code(), calendar.topic().code(), mode, slot.start()), capacity,
                    () -> SportelloException.of(ErrorCode.APT_SLOT_FULL, Map.of("start", slot.start().toString())));
        }
        return record;
    }

    /**
     * What follows a booking or a reschedule: the messages, the no-show task and, for a video call, the
     * opening of its room after commit.
     */
    void scheduled(Tx tx, AppointmentRecord r, BookingCalendar calendar, String code, boolean rescheduled) {
        messages.booked(tx, r, calendars.offices().require(r.office()), calendar.topic().title(), code, rescheduled);
        tx.schedule(AppointmentTasks.NO_SHOW, r.id(), r.start().plus(settings.noShowGrace()), AppointmentMessages.cancelKey(r));
        if (r.mode() == ContactMode.VIDEO_CALL) {
            tx.schedule(AppointmentTasks.OPEN_ROOM, AppointmentTasks.RoomFor.of(r), tx.now(),
                    AppointmentMessages.cancelKey(r));
        }
    }
}
