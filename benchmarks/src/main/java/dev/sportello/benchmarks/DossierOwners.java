package dev.sportello.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/** The owners of the benchmarks' dossiers as registered users, written with plain JDBC. */
final class DossierOwners {
    private DossierOwners() {
    }

    /**
     * Registers the users {@link DossierReports#owner(int)} 0 to {@code count - 1}.
     *
     * @param dataSource the database
     * @param count      how many
     * @throws SQLException on failure
     */
    static void register(DataSource dataSource, int count) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("INSERT INTO sportello_users "
                + "(id, kind, fiscal_code, name, registration_number, municipality, language, version, created_at, updated_at, "
                + "fiscal_key) VALUES (?, 'CITIZEN', ?, 'Maria Rossi', NULL, 'H501', 'IT', 0, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int n = 0; n < count; n++) {
                String code = Identities.next().value();
                ps.setObject(1, DossierReports.owner(n).value());
                ps.setString(2, code);
                ps.setObject(3, now);
                ps.setObject(4, now);
                ps.setString(5, code.substring(0, 15));
                ps.addBatch();
                if (n % 5_000 == 4_999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        }
    }
}
