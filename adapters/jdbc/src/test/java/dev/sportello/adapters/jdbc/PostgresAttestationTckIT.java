package dev.sportello.adapters.jdbc;

import dev.sportello.spi.UnitOfWork;
import dev.sportello.tck.AttestationTck;

/** The attestation contracts on PostgreSQL. */
class PostgresAttestationTckIT extends AttestationTck {
    @Override
    protected UnitOfWork freshStorage() {
        JdbcStorage storage = Databases.postgres();
        Databases.truncate(true);
        return storage;
    }
}
