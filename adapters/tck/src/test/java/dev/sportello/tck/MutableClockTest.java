package dev.sportello.tck;

import dev.sportello.adapters.memory.MutableClock;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class MutableClockTest {
    @Test
    void aViewInAnotherZoneMovesWithTheClock() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-29T00:30:00Z"));
        Clock rome = clock.withZone(ZoneId.of("Europe/Rome"));
        assertThat(rome.getZone()).isEqualTo(ZoneId.of("Europe/Rome"));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        clock.advance(Duration.ofHours(1));
        assertThat(rome.instant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(java.time.LocalTime.now(rome)).isEqualTo(java.time.LocalTime.of(3, 30));
    }
}
