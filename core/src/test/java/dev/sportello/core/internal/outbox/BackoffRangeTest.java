package dev.sportello.core.internal.outbox;

import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.internal.testing.CoreFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** The retry delay is drawn between half and all of the doubled, capped backoff: both ends can be drawn. */
class BackoffRangeTest {
    private static final DispatcherSettings SETTINGS = DispatcherSettings.builder()
            .retries(10, Duration.ofSeconds(10), Duration.ofMinutes(1)).build();

    /** A generator that always draws the lowest or always the highest value allowed. */
    private record Extreme(boolean highest) implements RandomGenerator {
        @Override
        public long nextLong() {
            return highest ? Long.MAX_VALUE : 0;
        }

        @Override
        public long nextLong(long bound) {
            return highest ? bound - 1 : 0;
        }
    }

    private static long backoff(boolean highest, int attempt) {
        return new Outcomes(CoreFixture.START, SETTINGS, new Extreme(highest)).backoff(attempt).toMillis();
    }

    @Test
    @DisplayName("the lowest draw gives half the backoff and the highest all of it, doubling up to the maximum")
    void bothEndsOfTheRange() {
        long[] full = {10_000, 20_000, 40_000, 60_000, 60_000, 60_000};
        for (int attempt = 1; attempt <= full.length; attempt++) {
            assertThat(backoff(false, attempt)).as("lowest, attempt %d", attempt).isEqualTo(full[attempt - 1] / 2);
            assertThat(backoff(true, attempt)).as("highest, attempt %d", attempt).isEqualTo(full[attempt - 1]);
        }
    }

    @Test
    @DisplayName("a very late attempt is capped at the maximum rather than overflowing")
    void lateAttemptsAreCapped() {
        assertThat(backoff(true, 70)).isEqualTo(60_000);
        assertThat(backoff(false, 63)).isEqualTo(30_000);
    }
}
