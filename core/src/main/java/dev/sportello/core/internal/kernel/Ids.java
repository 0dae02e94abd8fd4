package dev.sportello.core.internal.kernel;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then a 12-bit counter that
 * keeps ids strictly increasing within this process even when the clock stands still or steps back,
 * then 62 random bits. Database indexes on them stay local; guessing one is impractical.
 *
 * <p>Thread-safe.
 */
public final class Ids {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int counter;

    /**
     * Creates a generator.
     *
     * @param clock the SDK clock
     */
    public Ids(Clock clock) {
        this.clock = clock;
    }

    /** The next id. */
    public UUID next() {
        long millis;
        int sequence;
        synchronized (this) {
            millis = clock.millis();
            if (millis <= lastMillis) {
                millis = lastMillis;
                if (++counter > 0xFFF) {
                    millis = ++lastMillis;
                    counter = 0;
                }
            } else {
                lastMillis = millis;
                counter = random.nextInt(0x400);
            }
            sequence = counter;
        }
        long msb = (millis << 16) | 0x7000L | sequence;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The next id as text. */
    public String nextText() {
        return next().toString();
    }
}
