package dev.sportello.core.internal.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests move by hand; views in other zones move with it. Thread-safe. */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /**
     * A clock standing at an instant, in UTC.
     *
     * @param start the instant
     */
    public MutableClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * Moves the clock.
     *
     * @param duration how far (negative to go back)
     * @return the new instant
     */
    public Instant advance(Duration duration) {
        return now.updateAndGet(i -> i.plus(duration));
    }

    /**
     * Sets the clock.
     *
     * @param instant the new instant
     */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, Objects.requireNonNull(other, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
