package dev.sportello.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plain JDBC over the connection of one transaction: bind, run, map. */
final class Db {
    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    final Connection connection;
    final Dialect dialect;

    Db(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    int update(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcFailure(e);
        }
    }

    int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, row);
                ps.addBatch();
            }
            return ps.executeBatch();
        } catch (SQLException e) {
            throw new JdbcFailure(e);
        }
    }

    <T> List<T> query(String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new JdbcFailure(e);
        }
    }

    /**
     * Runs several statements, separated by {@code ;} in one string, in one round trip (PostgreSQL: the
     * driver sends them all before one sync) and returns the update count of each, in order; a
     * statement that returns rows counts them.
     */
    int[] updates(String sql, int statements, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            int[] counts = new int[statements];
            boolean rows = ps.execute();
            for (int i = 0; i < statements; i++) {
                if (rows) {
                    try (ResultSet rs = ps.getResultSet()) {
                        while (rs.next()) {
                            counts[i]++;
                        }
                    }
                } else {
                    counts[i] = ps.getUpdateCount();
                }
                rows = ps.getMoreResults();
            }
            return counts;
        } catch (SQLException e) {
            throw new JdbcFailure(e);
        }
    }

    /**
     * Runs several queries, separated by {@code ;} in one string, in one round trip (PostgreSQL) and maps
     * the rows of each with its own mapper.
     */
    List<List<Object>> queries(String sql, List<Row<?>> rows, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            List<List<Object>> out = new ArrayList<>(rows.size());
            boolean hasRows = ps.execute();
            for (Row<?> row : rows) {
                List<Object> mapped = new ArrayList<>();
                if (hasRows) {
                    try (ResultSet rs = ps.getResultSet()) {
                        while (rs.next()) {
                            mapped.add(row.map(rs));
                        }
                    }
                }
                out.add(mapped);
                hasRows = ps.getMoreResults();
            }
            return out;
        } catch (SQLException e) {
            throw new JdbcFailure(e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = query(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** A SQL array of a PostgreSQL element type (uuid, text, int4, bool). */
    java.sql.Array array(String type, Object[] values) {
        try {
            return connection.createArrayOf(type, values);
        } catch (SQLException e) {
            throw new JdbcFailure(e);
        }
    }

    static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                ps.setNull(index, Types.NULL);
            } else if (p instanceof Instant instant) {
                ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
            } else if (p instanceof LocalDate date) {
                // bound as the driver's own LocalDate (JDBC 4.2): no java.util.Calendar, no default time zone
                ps.setObject(index, date);
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else if (p instanceof java.sql.Array array) {
                ps.setArray(index, array);
            } else if (p instanceof UUID || p instanceof String || p instanceof Integer || p instanceof Long
                    || p instanceof Boolean || p instanceof byte[] || p instanceof java.math.BigDecimal) {
                ps.setObject(index, p);
            } else {
                throw new IllegalArgumentException("cannot bind " + p.getClass());
            }
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Integer integerOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
