package dev.sportello.adapters.jdbc;

import dev.sportello.spi.UnitOfWork;
import dev.sportello.tck.SportelloTck;

/** The whole TCK on H2 in PostgreSQL mode. */
class H2TckIT extends SportelloTck {
    @Override
    protected UnitOfWork freshStorage() {
        JdbcStorage storage = Databases.h2();
        Databases.truncate(false);
        return storage;
    }
}
