package dev.sportello.adapters.jdbc;

import dev.sportello.spi.UnitOfWork;
import dev.sportello.tck.MedicalTck;

/** The medical-report contracts on PostgreSQL. */
class PostgresMedicalTckIT extends MedicalTck {
    @Override
    protected UnitOfWork freshStorage() {
        JdbcStorage storage = Databases.postgres();
        Databases.truncate(true);
        return storage;
    }
}
