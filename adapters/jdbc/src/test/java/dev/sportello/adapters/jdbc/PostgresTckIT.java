package dev.sportello.adapters.jdbc;

import dev.sportello.spi.UnitOfWork;
import dev.sportello.tck.SportelloTck;

/** The whole TCK on real PostgreSQL (embedded, zonky binaries). */
class PostgresTckIT extends SportelloTck {
    @Override
    protected UnitOfWork freshStorage() {
        JdbcStorage storage = Databases.postgres();
        Databases.truncate(true);
        return storage;
    }

    @Override
    protected int exactlyOnceLoad() {
        return 10_000;
    }
}
