package dev.sportello.tck;

import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.spi.UnitOfWork;

/** The medical-report contracts on the in-memory adapter. */
class MemoryMedicalTckTest extends MedicalTck {
    @Override
    protected UnitOfWork freshStorage() {
        return new MemoryStorage();
    }
}
