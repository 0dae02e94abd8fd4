package dev.sportello.spi;

import dev.sportello.requests.ProtocolNumber;

/**
 * Gives a request its registration (protocol) number (R-REQ-3). It runs inside the submission's
 * transaction and receives its stores: the default numbering uses a gapless counter per office and year
 * ({@code OFFICE-2026-000123}) that rolls back with the transaction. An integrator's registry that calls
 * an external system should be fast: the submission waits for it.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface ProtocolRegistry {
    /**
     * Numbers a request.
     *
     * @param registration what to number, not null
     * @param stores       the stores of the submission's transaction
     * @return the number, unique
     */
    ProtocolNumber register(ProtocolRegistration registration, Stores stores);
}
