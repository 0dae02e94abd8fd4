package dev.sportello.core.internal.kernel;

import java.nio.ByteBuffer;
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
    /**
     * Random bytes drawn from {@link #random} 4 KB at a time and handed out 8 at a time: one read of the
     * system's generator for 512 ids instead of one per id (each read takes a process-wide lock).
     */
    private final ByteBuffer pool = ByteBuffer.allocate(4096).position(4096);
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
        long randomBits;
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
                counter = (int) (randomLong() & 0x3FF);
            }
            sequence = counter;
            randomBits = randomLong();
        }
        long msb = (millis << 16) | 0x7000L | sequence;
        long lsb = (randomBits & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** Eight fresh random bytes; called holding this object's monitor. */
    private long randomLong() {
        if (!pool.hasRemaining()) {
            random.nextBytes(pool.array());
            pool.clear();
        }
        return pool.getLong();
    }

    /** The next id as text. */
    public String nextText() {
        return next().toString();
    }
}
