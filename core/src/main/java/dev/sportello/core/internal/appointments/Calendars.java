package dev.sportello.core.internal.appointments;

import dev.sportello.ErrorCode;
import dev.sportello.TopicCode;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.core.internal.appointments.SlotGrid.GridSlot;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.offices.OfficeCalendar;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.Closure;
import dev.sportello.offices.Office;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The booking calendars of the offices and the rules of a slot: offered in the mode, open that day, on
 * the grid, not in the past, with the minimum notice, within the horizon.
 *
 * <p>Thread-safe.
 */
final class Calendars {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final OfficeService offices;

    Calendars(OfficeService offices) {
        this.offices = offices;
    }

    OfficeService offices() {
        return offices;
    }

    BookingCalendar calendar(Office office, TopicCode topic) {
        return find(office, topic).orElseThrow(() -> AppointmentRules.fail(ErrorCode.APT_TOPIC_UNKNOWN, "topic",
                Map.of("office", office.code().value(), "topic", topic.code())));
    }

    Optional<BookingCalendar> find(Office office, TopicCode topic) {
        return offices.directory().calendars(office.code()).stream().filter(c -> c.topic().code().equals(topic)).findFirst();
    }

    static int requireMode(BookingCalendar calendar, ContactMode mode) {
        int seats = calendar.seats(mode);
        if (seats == 0) {
            throw AppointmentRules.fail(ErrorCode.APT_MODE_NOT_OFFERED, "mode", Map.of("mode", mode.name(),
                    "topic", calendar.topic().code().code(), "office", calendar.office().value()));
        }
        return seats;
    }

    static void requireSignLanguageMode(ContactMode mode, Interpretation interpretation) {
        if (interpretation == Interpretation.SIGN_LANGUAGE && mode != ContactMode.VIDEO_CALL) {
            throw AppointmentRules.fail(ErrorCode.APT_SIGN_LANGUAGE_VIDEO_ONLY, "interpretation", Map.of());
        }
    }

    /** The day of an office, open or closed with its reason. */
    CalendarDay day(Tx tx, Office office, LocalDate day) {
        return offices.calendar(tx, office, day, day).get(0);
    }

    static String reason(CalendarDay day) {
        return day.description() == null ? day.closure().name() : day.description();
    }

    GridSlot requireSlot(Tx tx, Office office, BookingCalendar calendar, Instant start, String field) {
        return requireSlot(tx, office, calendar, start, field, null);
    }

    /**
     * The slot at a start, checked; {@code closures} are the office's closures on the start's day when the
     * command has read them already (null: read them now).
     */
    GridSlot requireSlot(Tx tx, Office office, BookingCalendar calendar, Instant start, String field,
                         List<Closure> closures) {
        if (start.isBefore(tx.now())) {
            throw AppointmentRules.fail(ErrorCode.APT_SLOT_IN_PAST, field, Map.of("start", start.toString()));
        }
        LocalDate date = start.atZone(office.zone()).toLocalDate();
        CalendarDay day = closures == null ? day(tx, office, date) : OfficeCalendar.day(office, date, closures.stream()
                .filter(c -> c.date().equals(date)).collect(Collectors.toMap(Closure::date, c -> c, (a, b) -> a)));
        if (!day.open()) {
            throw AppointmentRules.fail(ErrorCode.APT_OFFICE_CLOSED, field, Map.of("office", office.code().value(),
                    "date", date.toString(), "reason", reason(day)));
        }
        GridSlot slot = SlotGrid.at(calendar, office.zone(), start).orElseThrow(() -> AppointmentRules.fail(
                ErrorCode.APT_SLOT_NOT_OFFERED, field, Map.of("start", start.toString(), "topic", calendar.topic().code().code())));
        if (start.isBefore(tx.now().plus(calendar.minimumNotice()))) {
            throw AppointmentRules.fail(ErrorCode.APT_NOTICE_TOO_SHORT, field, Map.of("minutes",
                    Long.toString(calendar.minimumNotice().toMinutes())));
        }
        if (date.isAfter(tx.now().atZone(office.zone()).toLocalDate().plusDays(calendar.horizonDays()))) {
            throw AppointmentRules.fail(ErrorCode.APT_BEYOND_HORIZON, field, Map.of("days",
                    Integer.toString(calendar.horizonDays())));
        }
        return slot;
    }

    static String local(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
