package dev.sportello.core.internal.appointments;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.appointments.AcceptOffer;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.DeclineOffer;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.LeaveWaitlist;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.appointments.spi.WaitlistRecord;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.internal.appointments.SlotGrid.GridSlot;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Recipient;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.Office;
import dev.sportello.offices.Operator;
import dev.sportello.spi.CounterKey;
import dev.sportello.spi.CounterStore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The waitlist of full days: the first user waiting gets the first seat that frees up as an offer that
 * holds the seat (and, for sign language, an operator's time) until it is accepted, declined, or lapses;
 * then the seat passes on.
 *
 * <p>Thread-safe.
 */
final class Waitlist {
    private final Kernel kernel;
    private final Calendars calendars;
    private final Seats seats;
    private final BookingRules rules;
    private final Booking booking;
    private final AppointmentMessages messages;
    private final AppointmentSettings settings;

    Waitlist(Kernel kernel, Calendars calendars, Seats seats, BookingRules rules, Booking booking,
             AppointmentMessages messages, AppointmentSettings settings) {
        this.kernel = kernel;
        this.calendars = calendars;
        this.seats = seats;
        this.rules = rules;
        this.booking = booking;
        this.messages = messages;
        this.settings = settings;
    }

    WaitlistEntry join(Principal principal, JoinWaitlist command) {
        Operation operation = command != null && command.mode() == ContactMode.VIDEO_CALL
                ? Operation.APPOINTMENT_BOOK_VIDEO_CALL : Operation.APPOINTMENT_BOOK;
        return kernel.execute(principal, operation, command, tx -> {
            UserId ownerId = ObjectAccess.requireUser(principal, operation);
            Office office = calendars.offices().require(command.office());
            BookingCalendar calendar = calendars.calendar(office, command.topic());
            int capacity = Calendars.requireMode(calendar, command.mode());
            Calendars.requireSignLanguageMode(command.mode(), command.interpretation());
            boolean signLanguage = command.interpretation() == Interpretation.SIGN_LANGUAGE;
            LocalDate today = tx.now().atZone(office.zone()).toLocalDate();
            if (command.day().isBefore(today)) {
                throw AppointmentRules.fail(ErrorCode.APT_SLOT_IN_PAST, "day", Map.of("start", command.day().toString()));
            }
            if (command.day().isAfter(today.plusDays(calendar.horizonDays()))) {
                throw AppointmentRules.fail(ErrorCode.APT_BEYOND_HORIZON, "day", Map.of("days",
                        Integer.toString(calendar.horizonDays())));
            }
            CalendarDay day = calendars.day(tx, office, command.day());
            if (!day.open()) {
                throw AppointmentRules.fail(ErrorCode.APT_OFFICE_CLOSED, "day", Map.of("office", office.code().value(),
                        "date", command.day().toString(), "reason", Calendars.reason(day)));
            }
            Recipient owner = messages.recipient(tx, ownerId);
            rules.requireEligible(tx, calendar, command.mode(), owner);
            if (signLanguage) {
                rules.requireDeaf(tx, owner);
            }
            boolean waiting = tx.store(AppointmentStore.class).waitlistOf(ownerId).stream()
                    .anyMatch(e -> e.office().equals(office.code()) && e.topic().equals(calendar.topic().code())
                            && e.day().equals(command.day())
                            && (e.status() == WaitlistStatus.WAITING || e.status() == WaitlistStatus.OFFERED));
            if (waiting) {
                throw SportelloException.of(ErrorCode.APT_ALREADY_WAITING, Map.of("topic", calendar.topic().code().code(),
                        "date", command.day().toString()));
            }
            List<GridSlot> bookable = SlotGrid.slots(calendar, office.zone(), command.day()).stream()
                    .filter(s -> !s.start().isBefore(tx.now().plus(calendar.minimumNotice()))).toList();
            List<CounterKey> keys = bookable.stream().map(s -> Seats.seat(office.code(), calendar.topic().code(),
                    command.mode(), s.start())).toList();
            Map<CounterKey, Long> used = tx.store(CounterStore.class).values(keys);
            Map<Instant, Integer> interpreters = signLanguage ? seats.freeInterpreters(tx, office, bookable) : Map.of();
            boolean free = false;
            for (int i = 0; i < bookable.size() && !free; i++) {
                free = used.getOrDefault(keys.get(i), 0L) < capacity
                        && (!signLanguage || interpreters.getOrDefault(bookable.get(i).start(), 0) > 0);
            }
            if (free) {
                throw AppointmentRules.fail(ErrorCode.APT_SEATS_AVAILABLE, "day", Map.of("date", command.day().toString()));
            }
            WaitlistRecord entry = WaitlistRecord.builder().id(new WaitlistEntryId(tx.newUuid()))
                    .owner(ownerId).office(office.code()).topic(calendar.topic().code()).mode(command.mode())
                    .day(command.day()).interpretation(command.interpretation()).status(WaitlistStatus.WAITING)
                    .createdAt(tx.now()).updatedAt(tx.now()).version(0).build();
            tx.store(AppointmentStore.class).insertWaitlist(entry);
            tx.audit("WAITLIST_JOINED", entry.id());
            return AppointmentViews.entry(entry);
        });
    }

    List<WaitlistEntry> mine(Principal principal) {
        return kernel.execute(principal, Operation.APPOINTMENT_READ, tx -> {
            UserId owner = ObjectAccess.requireUser(principal, Operation.APPOINTMENT_READ);
            return tx.store(AppointmentStore.class).waitlistOf(owner).stream().map(AppointmentViews::entry).toList();
        });
    }

    private static WaitlistRecord offered(Tx tx, WaitlistEntryId id, long version) {
        WaitlistRecord w = AppointmentRules.loadWaitlist(tx, id, version);
        if (w.status() != WaitlistStatus.OFFERED || !tx.now().isBefore(w.offerExpiresAt())) {
            throw SportelloException.of(ErrorCode.APT_NO_OFFER, Map.of("entryId", w.id().toString()));
        }
        return w;
    }

    WaitlistEntry accept(Principal principal, AcceptOffer command) {
        return kernel.execute(principal, Operation.APPOINTMENT_BOOK, command, tx -> {
            WaitlistRecord w = offered(tx, command.entry(), command.expectedVersion());
            if (w.mode() == ContactMode.VIDEO_CALL) {
                kernel.guard().check(principal, Operation.APPOINTMENT_BOOK_VIDEO_CALL);
            }
            Office office = calendars.offices().require(w.office());
            BookingCalendar calendar = calendars.calendar(office, w.topic());
            AppointmentRecord booked = booking.place(tx, office, calendar, w.owner(), w.mode(), w.offeredStart(),
                    w.interpretation(), "waitlist-" + w.id(), new Booking.Held(w.heldOperator()));
            WaitlistRecord accepted = AppointmentRules.save(tx, w, w.toBuilder().status(WaitlistStatus.ACCEPTED)
                    .offerExpiresAt(null).appointment(booked.id()).heldOperator(null));
            tx.audit("WAITLIST_OFFER_ACCEPTED", w.id());
            return AppointmentViews.entry(accepted);
        });
    }

    WaitlistEntry decline(Principal principal, DeclineOffer command) {
        return kernel.execute(principal, Operation.APPOINTMENT_BOOK, command, tx -> {
            WaitlistRecord w = offered(tx, command.entry(), command.expectedVersion());
            WaitlistRecord left = leave(tx, w, calendars.offices().require(w.office()));
            tx.audit("WAITLIST_OFFER_DECLINED", w.id());
            return AppointmentViews.entry(left);
        });
    }

    WaitlistEntry leave(Principal principal, LeaveWaitlist command) {
        return kernel.execute(principal, Operation.APPOINTMENT_BOOK, command, tx -> {
            WaitlistRecord w = AppointmentRules.loadWaitlist(tx, command.entry(), command.expectedVersion());
            if (w.status() != WaitlistStatus.WAITING && w.status() != WaitlistStatus.OFFERED) {
                return AppointmentViews.entry(w);
            }
            WaitlistRecord left = leave(tx, w, calendars.offices().require(w.office()));
            tx.audit("WAITLIST_LEFT", w.id());
            return AppointmentViews.entry(left);
        });
    }

    /** Leaves the waitlist; a held seat passes to the next user. */
    private WaitlistRecord leave(Tx tx, WaitlistRecord w, Office office) {
        WaitlistRecord left = AppointmentRules.save(tx, w, w.toBuilder().status(WaitlistStatus.LEFT).offeredStart(null)
                .offerExpiresAt(null).heldOperator(null));
        if (w.status() == WaitlistStatus.OFFERED) {
            releaseHeld(tx, w, office);
            calendars.find(office, w.topic()).ifPresent(c -> offerSeat(tx, office, c, w.mode(), w.offeredStart()));
        }
        return left;
    }

    /** The {@link AppointmentTasks#OFFER_EXPIRY} task: an offer still pending at its expiry lapses, the seat passes on. */
    void offerExpiryTask(Tx tx, WaitlistEntryId id) {
        tx.store(AppointmentStore.class).findWaitlist(id).ifPresent(w -> {
            if (w.status() != WaitlistStatus.OFFERED || tx.now().isBefore(w.offerExpiresAt())) {
                return;
            }
            Office office = calendars.offices().require(w.office());
            releaseHeld(tx, w, office);
            AppointmentRules.save(tx, w, w.toBuilder().status(WaitlistStatus.EXPIRED).offeredStart(null)
                    .offerExpiresAt(null).heldOperator(null));
            tx.audit("WAITLIST_OFFER_EXPIRED", w.id());
            calendars.find(office, w.topic()).ifPresent(c -> offerSeat(tx, office, c, w.mode(), w.offeredStart()));
        });
    }

    /** Gives back the seat (and operator time) held by an offer. */
    void releaseHeld(Tx tx, WaitlistRecord w, Office office) {
        tx.store(CounterStore.class).decrement(Seats.seat(w.office(), w.topic(), w.mode(), w.offeredStart()));
        if (w.heldOperator() != null) {
            calendars.find(office, w.topic()).ifPresent(c -> Seats.freeBlocks(tx, w.heldOperator(), w.offeredStart(),
                    w.offeredStart().plus(c.slotLength())));
        }
    }

    /**
     * Offers a seat that just freed up to the first user waiting for its day, holding it (and, for sign
     * language, an operator's time) until the offer expires. Nothing happens if the slot is within the
     * minimum notice or nobody waits.
     */
    void offerSeat(Tx tx, Office office, BookingCalendar calendar, ContactMode mode, Instant start) {
        Instant closes = start.minus(calendar.minimumNotice());
        if (!tx.now().isBefore(closes)) {
            return;
        }
        GridSlot slot = SlotGrid.at(calendar, office.zone(), start).orElse(null);
        if (slot == null) {
            return;
        }
        Instant expires = tx.now().plus(settings.offerHold());
        Instant until = expires.isBefore(closes) ? expires : closes;
        CounterKey seat = Seats.seat(office.code(), calendar.topic().code(), mode, start);
        for (WaitlistRecord w : tx.store(AppointmentStore.class).queue(office.code(), calendar.topic().code(), mode,
                slot.local().toLocalDate(), 50)) {
            OperatorId interpreter = null;
            if (w.interpretation() == Interpretation.SIGN_LANGUAGE) {
                interpreter = seats.interpreters(office.code()).stream().filter(o -> SlotGrid.covers(o, slot, office.zone()))
                        .filter(o -> Seats.takeBlocks(tx, o.id(), slot)).map(Operator::id).findFirst().orElse(null);
                if (interpreter == null) {
                    continue;
                }
            }
            if (!tx.store(CounterStore.class).tryIncrement(seat, calendar.seats(mode))) {
                if (interpreter != null) {
                    Seats.freeBlocks(tx, interpreter, slot.start(), slot.end());
                }
                return;
            }
            AppointmentRules.save(tx, w, w.toBuilder().status(WaitlistStatus.OFFERED).offeredStart(start)
                    .offerExpiresAt(until).appointment(null).heldOperator(interpreter));
            tx.schedule(AppointmentTasks.OFFER_EXPIRY, w.id(), until, null);
            tx.audit("WAITLIST_OFFERED", w.id());
            messages.offered(tx, messages.recipient(tx, w.owner()), office, calendar.topic().title(), start, until);
            return;
        }
    }
}
