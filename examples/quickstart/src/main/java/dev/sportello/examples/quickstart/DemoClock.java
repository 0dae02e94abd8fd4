package dev.sportello.examples.quickstart;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The quickstart's clock: it stands still until the demo moves it (to show a reminder, or a call). */
final class DemoClock extends Clock {
    private volatile Instant now;

    DemoClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        this.now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the demo clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
