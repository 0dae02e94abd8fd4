package dev.sportello.core.internal.notifications;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private final QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    private static Instant rome(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), ROME).toInstant();
    }

    @Test
    void eveningMessagesWaitForTheNextMorning() {
        assertThat(night.nextAllowed(rome("2026-11-23T22:15:00"), ROME)).isEqualTo(rome("2026-11-24T08:00:00"));
        assertThat(night.nextAllowed(rome("2026-11-23T21:00:00"), ROME)).isEqualTo(rome("2026-11-24T08:00:00"));
    }

    @Test
    void earlyMorningMessagesWaitForEightTheSameDay() {
        assertThat(night.nextAllowed(rome("2026-11-24T03:00:00"), ROME)).isEqualTo(rome("2026-11-24T08:00:00"));
    }

    @Test
    void daytimeMessagesGoAtOnce() {
        Instant noon = rome("2026-11-24T12:00:00");
        assertThat(night.contains(noon, ROME)).isFalse();
        assertThat(night.nextAllowed(noon, ROME)).isEqualTo(noon);
        assertThat(night.nextAllowed(rome("2026-11-24T08:00:00"), ROME)).isEqualTo(rome("2026-11-24T08:00:00"));
    }

    @Test
    void usesTheOfficeZoneAcrossDaylightSavingTime() {
        // the night of the spring-forward change in Rome (29 March 2026)
        assertThat(night.nextAllowed(rome("2026-03-28T23:30:00"), ROME)).isEqualTo(rome("2026-03-29T08:00:00"));
        assertThat(rome("2026-03-29T08:00:00")).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void aWindowWithinTheDayWorksToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(13, 0), LocalTime.of(14, 0));
        assertThat(lunch.nextAllowed(rome("2026-11-24T13:30:00"), ROME)).isEqualTo(rome("2026-11-24T14:00:00"));
        assertThat(lunch.contains(rome("2026-11-24T14:00:00"), ROME)).isFalse();
    }
}
