package dev.sportello.examples.quickstart;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** The quickstart's clock: it stands still until the demo moves it (to show a reminder, or a call). */
final class DemoClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    DemoClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private DemoClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock in another zone: setting either moves both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(now, Objects.requireNonNull(zone, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
