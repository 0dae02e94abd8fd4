package dev.sportello.adapters.jdbc;

import java.sql.SQLException;

/** A {@link SQLException} on its way out of a store, turned into the SDK's errors by the unit of work. */
final class JdbcFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JdbcFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    SQLException sql() {
        return (SQLException) getCause();
    }

    String sqlState() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    /** Unique or primary key violation. */
    boolean isDuplicateKey() {
        return sqlState().equals("23505");
    }

    /** Serialisation failure, deadlock or lock timeout: the transaction may be run again. */
    boolean isTransient() {
        String state = sqlState();
        return state.equals("40001") || state.equals("40P01") || state.equals("HYT00") || state.equals("55P03");
    }
}
