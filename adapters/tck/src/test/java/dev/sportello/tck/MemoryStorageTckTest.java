package dev.sportello.tck;

import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.spi.UnitOfWork;

/** The in-memory adapter, the TCK's first user. */
class MemoryStorageTckTest extends SportelloTck {
    @Override
    protected UnitOfWork freshStorage() {
        return new MemoryStorage();
    }
}
