package dev.sportello.core.internal.requests;

import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.requests.ProtocolNumber;
import dev.sportello.requests.spi.ProtocolRegistration;
import dev.sportello.spi.CounterKey;
import dev.sportello.spi.CounterStore;

/**
 * The SDK's own protocol numbers (R-REQ-3): a gapless sequence per office and year, {@code
 * OFFICE-2026-000123}, taken in the submission's transaction so that it rolls back with it.
 */
final class ProtocolNumbering {
    private ProtocolNumbering() {
    }

    /**
     * The counter of an office's protocol numbers in a year.
     *
     * @param registration the request being numbered
     * @return the counter key ({@code req.protocol:OFFICE:YEAR})
     */
    static CounterKey sequence(ProtocolRegistration registration) {
        return CounterKey.of("req.protocol", registration.office().value(), Integer.toString(registration.day().getYear()));
    }

    static ProtocolNumber next(Tx tx, ProtocolRegistration registration) {
        long n = tx.store(CounterStore.class).next(sequence(registration));
        return new ProtocolNumber(String.format("%s-%d-%06d", registration.office().value(), registration.day().getYear(), n));
    }
}
