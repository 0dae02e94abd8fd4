package dev.sportello.adapters.memory;

import dev.sportello.Arguments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, in UTC unless {@link #withZone(ZoneId)} gives a view in another zone
 * (which moves with it).
 *
 * <p>Thread-safe.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    /**
     * A clock standing at an instant, in UTC.
     *
     * @param start the instant, not null
     */
    public MutableClock(Instant start) {
        this(new AtomicReference<>(Arguments.required(start, "MutableClock", "start")), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * Moves the clock forward (or back, with a negative duration).
     *
     * @param duration how far, not null
     * @return the new instant
     */
    public Instant advance(Duration duration) {
        Arguments.required(duration, "MutableClock", "duration");
        return now.updateAndGet(i -> i.plus(duration));
    }

    /**
     * Sets the clock.
     *
     * @param instant the new instant, not null
     */
    public void set(Instant instant) {
        now.set(Arguments.required(instant, "MutableClock", "instant"));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen in another zone: moving either moves both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, Arguments.required(zone, "MutableClock", "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
