package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/** The databases the adapter speaks to, and what differs between them. */
enum Dialect {
    POSTGRESQL("postgresql"),
    H2("h2");

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** The Flyway location of this database's own migrations. */
    String migrationLocation() {
        return "classpath:db/sportello/" + migrations;
    }

    static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "dataSource",
                Map.of("reason", "PostgreSQL and H2 are supported", "database", product));
    }
}
