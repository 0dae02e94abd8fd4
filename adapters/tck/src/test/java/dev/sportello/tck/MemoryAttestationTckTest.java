package dev.sportello.tck;

import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.spi.UnitOfWork;

/** The attestation contracts on the in-memory adapter. */
class MemoryAttestationTckTest extends AttestationTck {
    @Override
    protected UnitOfWork freshStorage() {
        return new MemoryStorage();
    }
}
