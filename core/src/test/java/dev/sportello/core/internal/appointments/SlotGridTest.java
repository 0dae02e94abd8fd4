package dev.sportello.core.internal.appointments;

import dev.sportello.OperatorId;
import dev.sportello.TopicCode;
import dev.sportello.appointments.AppointmentTopic;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.core.internal.appointments.SlotGrid.GridSlot;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.offices.Skill;
import dev.sportello.offices.WeeklyHours;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The slot grid on the wall clock of Rome, across daylight-saving changes. */
class SlotGridTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 29);
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 10, 25);

    private static BookingCalendar night(int minutes) {
        return new BookingCalendar(new OfficeCode("CONTACT-CENTER"), new AppointmentTopic(new TopicCode("NIGHT"), "Notte", InformationLevel.FIRST),
                WeeklyHours.of(List.of("01:00-04:00"), DayOfWeek.values()), Duration.ofMinutes(minutes),
                Map.of(ContactMode.PHONE_CALLBACK, 1), Duration.ZERO, 366);
    }

    private static List<String> times(List<GridSlot> slots) {
        return slots.stream().map(s -> s.local().toLocalTime() + s.local().getOffset().getId()).toList();
    }

    @Test
    void theSpringForwardNightHasNoSlotInTheMissingHour() {
        assertThat(times(SlotGrid.slots(night(30), ROME, SPRING_FORWARD)))
                .containsExactly("01:00+01:00", "01:30+01:00", "03:00+02:00", "03:30+02:00");
        // an hour-long slot at 01:00 ends at 03:00 on the wall clock, one real hour later
        List<GridSlot> hours = SlotGrid.slots(night(60), ROME, SPRING_FORWARD);
        assertThat(times(hours)).containsExactly("01:00+01:00", "03:00+02:00");
        assertThat(hours.get(0).end()).isEqualTo(hours.get(1).start());
    }

    @Test
    void theFallBackNightOffersEachWallClockStartOnceAndNeverOverlaps() {
        List<GridSlot> slots = SlotGrid.slots(night(30), ROME, FALL_BACK);
        assertThat(times(slots)).containsExactly("01:00+02:00", "01:30+02:00", "02:00+02:00", "02:30+02:00",
                "03:00+01:00", "03:30+01:00");
        for (int i = 1; i < slots.size(); i++) {
            assertThat(slots.get(i).start()).isAfterOrEqualTo(slots.get(i - 1).end());
        }
        assertThat(slots).allSatisfy(s -> assertThat(Duration.between(s.start(), s.end())).isEqualTo(Duration.ofMinutes(30)));
    }

    @Test
    void anOrdinaryDayFillsEachRangeAndDropsTheLeftover() {
        BookingCalendar calendar = new BookingCalendar(new OfficeCode("ROMA"), new AppointmentTopic(new TopicCode("INFO"), "Info",
                InformationLevel.FIRST), WeeklyHours.weekdays("08:30-10:10", "14:00-15:00"), Duration.ofMinutes(45),
                Map.of(ContactMode.IN_PERSON, 2), Duration.ofHours(1), 30);
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        assertThat(times(SlotGrid.slots(calendar, ROME, tuesday)))
                .containsExactly("08:30+01:00", "09:15+01:00", "14:00+01:00");
        assertThat(SlotGrid.slots(calendar, ROME, tuesday.plusDays(4))).as("Saturday").isEmpty();
        Instant nineFifteen = Instant.parse("2026-11-24T08:15:00Z");
        assertThat(SlotGrid.at(calendar, ROME, nineFifteen)).isPresent();
        assertThat(SlotGrid.at(calendar, ROME, nineFifteen.plusSeconds(60))).isEmpty();
    }

    @Test
    void anOperatorCoversASlotOnlyWhenAvailableForAllOfIt() {
        Operator interpreter = new Operator(new OperatorId(UUID.randomUUID()), new OfficeCode("ROMA"), "Sara",
                Set.of(OperatorRole.FRONT_OFFICE), Set.of(Skill.SIGN_LANGUAGE), WeeklyHours.weekdays("09:00-12:00"));
        BookingCalendar calendar = new BookingCalendar(new OfficeCode("ROMA"), new AppointmentTopic(new TopicCode("INFO"), "Info",
                InformationLevel.FIRST), WeeklyHours.weekdays("08:30-12:30"), Duration.ofMinutes(30),
                Map.of(ContactMode.VIDEO_CALL, 2), Duration.ZERO, 30);
        List<GridSlot> slots = SlotGrid.slots(calendar, ROME, LocalDate.of(2026, 11, 24));
        assertThat(slots.stream().filter(s -> SlotGrid.covers(interpreter, s, ROME)).map(s -> s.local().toLocalTime().toString()))
                .containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "11:30");
    }

    @Test
    void aChangedCalendarGetsItsNewGridAndCachedGridsCannotBeChanged() {
        LocalDate day = LocalDate.of(2026, 12, 2);
        assertThat(times(SlotGrid.slots(night(60), ROME, day))).hasSize(3);
        // a directory that hands out an edited calendar (a new object) gets the edited grid, not the cached one
        assertThat(times(SlotGrid.slots(night(30), ROME, day))).hasSize(6);
        BookingCalendar calendar = night(60);
        List<GridSlot> first = SlotGrid.slots(calendar, ROME, day);
        assertThat(SlotGrid.slots(calendar, ROME, day)).isEqualTo(first);
        assertThat(SlotGrid.at(calendar, ROME, first.get(1).start())).contains(first.get(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.add(first.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
        // more distinct days than the cache holds (DST nights among them): every grid stays the one computed
        // afresh for an equal calendar object
        for (int d = 0; d < 5_000; d++) {
            assertThat(SlotGrid.slots(calendar, ROME, day.plusDays(d))).isEqualTo(SlotGrid.slots(night(60), ROME, day.plusDays(d)));
        }
        assertThat(SlotGrid.slots(calendar, ROME, day)).isEqualTo(first);
    }
}
