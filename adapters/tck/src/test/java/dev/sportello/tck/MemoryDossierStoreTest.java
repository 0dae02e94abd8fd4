package dev.sportello.tck;

import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.spi.UnitOfWork;

/** The dossier store contract on the in-memory storage. */
class MemoryDossierStoreTest extends DossierStoreContract {
    @Override
    protected UnitOfWork freshStorage() {
        return new MemoryStorage();
    }
}
