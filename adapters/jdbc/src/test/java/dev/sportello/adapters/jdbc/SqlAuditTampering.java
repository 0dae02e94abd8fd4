package dev.sportello.adapters.jdbc;

import dev.sportello.tck.AuditTampering;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** What a database user with write rights could do to the audit table, in plain SQL. */
record SqlAuditTampering(DataSource dataSource) implements AuditTampering {
    @Override
    public void changeAction(String entryId, String action) {
        run("UPDATE sportello_audit SET action = ? WHERE id = ?", action, UUID.fromString(entryId));
    }

    @Override
    public void delete(String entryId) {
        run("DELETE FROM sportello_audit WHERE id = ?", UUID.fromString(entryId));
    }

    private void run(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no such audit entry");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
