package dev.sportello.spring.boot.autoconfigure;

import java.time.Duration;

/**
 * {@code sportello.health.*}: when the health indicator reports {@code DEGRADED}.
 *
 * <p>Not thread-safe: Spring binds it once at start-up.
 */
public class HealthProperties {
    /** How long the oldest due outbox entry may wait before the health is DEGRADED (more than zero). */
    private Duration lateAfter = Duration.ofMinutes(15);

    /** {@return how long the oldest due entry may wait; null only if bound so} */
    public Duration getLateAfter() {
        return lateAfter;
    }

    /** @param lateAfter how long the oldest due entry may wait; null to unset */
    public void setLateAfter(Duration lateAfter) {
        this.lateAfter = lateAfter;
    }
}
