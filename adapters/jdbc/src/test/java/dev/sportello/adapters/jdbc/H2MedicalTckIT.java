package dev.sportello.adapters.jdbc;

import dev.sportello.spi.UnitOfWork;
import dev.sportello.tck.MedicalTck;

/** The medical-report contracts on H2. */
class H2MedicalTckIT extends MedicalTck {
    @Override
    protected UnitOfWork freshStorage() {
        JdbcStorage storage = Databases.h2();
        Databases.truncate(false);
        return storage;
    }
}
