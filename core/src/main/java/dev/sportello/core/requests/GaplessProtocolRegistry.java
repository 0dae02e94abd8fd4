package dev.sportello.core.requests;

import dev.sportello.requests.ProtocolNumber;
import dev.sportello.spi.ProtocolRegistration;
import dev.sportello.spi.ProtocolRegistry;
import dev.sportello.spi.Stores;

/**
 * The default protocol numbering: {@code OFFICE-YEAR-NNNNNN}, from a counter per office and year that
 * rolls back with the submission, so numbers have no gaps.
 *
 * <p>Thread-safe (stateless).
 */
public final class GaplessProtocolRegistry implements ProtocolRegistry {
    @Override
    public ProtocolNumber register(ProtocolRegistration registration, Stores stores) {
        int year = registration.day().getYear();
        long n = stores.counters().next("protocol:" + registration.office().value() + ":" + year);
        return new ProtocolNumber(String.format("%s-%d-%06d", registration.office().value(), year, n));
    }
}
