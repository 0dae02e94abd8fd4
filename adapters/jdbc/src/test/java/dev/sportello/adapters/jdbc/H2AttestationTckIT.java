package dev.sportello.adapters.jdbc;

import dev.sportello.spi.UnitOfWork;
import dev.sportello.tck.AttestationTck;

/** The attestation contracts on H2. */
class H2AttestationTckIT extends AttestationTck {
    @Override
    protected UnitOfWork freshStorage() {
        JdbcStorage storage = Databases.h2();
        Databases.truncate(false);
        return storage;
    }
}
