package dev.sportello.benchmarks;

import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The baseline of {@link DossierFeedBenchmark}: the same reports written by hand with plain JDBC into
 * copies of the dossier tables ({@code bench_*}), in transactions of 500 reports like the SDK's: one read
 * of the chunk's dossiers ({@code = ANY(?)}), the sequence check in Java, then one batch per table —
 * new dossiers (one multi-row insert), changed dossiers, timeline entries, payments upserted (one
 * multi-row {@code ON CONFLICT}) with their deductions replaced. No audit, events or notices: only the
 * dossier rows.
 *
 * <p>Thread-safe (each call uses its own connection).
 */
final class DossierRawFeed {
    static final int CHUNK = 500;
    private static final String HEADER = "id, kind, owner_id, office, status, status_note, last_change_at, outcome_code, "
            + "outcome_text, outcome_decided_on, sequence_number, fingerprint, gaps, created_at, updated_at, version";
    private static final String PAYMENT = "dossier_id, id, period_from, period_to, gross, net, currency, status, paid_on, "
            + "method, account_type, iban, post_office, counter_office, deductions";

    private final DataSource dataSource;

    DossierRawFeed(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("dossiers", "dossier_timeline", "dossier_payments", "dossier_deductions")) {
                s.execute("CREATE TABLE bench_" + table + " (LIKE sportello_" + table + " INCLUDING ALL)");
            }
        }
    }

    /** What the chunk knows of a dossier. */
    private record Known(long sequence, String status, String note, long version, String gaps) {
    }

    long[] feed(List<DossierReport> reports) throws SQLException {
        long[] counts = new long[3];
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int from = 0; from < reports.size(); from += CHUNK) {
                chunk(c, reports.subList(from, Math.min(reports.size(), from + CHUNK)), counts);
                c.commit();
            }
        }
        return counts;
    }

    private static void chunk(Connection c, List<DossierReport> reports, long[] counts) throws SQLException {
        Map<String, Known> known = read(c, reports);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> timeline = new ArrayList<>();
        Map<String, Object[]> payments = new LinkedHashMap<>();
        Map<String, List<Object[]>> deductions = new LinkedHashMap<>();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (DossierReport r : reports) {
            String id = r.dossier().value();
            Known k = known.get(id);
            if (k != null && r.sequence() <= k.sequence()) {
                counts[r.sequence() < k.sequence() ? 1 : 2]++;
                continue;
            }
            counts[0]++;
            String gaps = k == null ? "" : k.gaps();
            if (k != null && r.sequence() > k.sequence() + 1) {
                gaps = (gaps.isEmpty() ? "" : gaps + ";") + (k.sequence() + 1) + "-" + (r.sequence() - 1) + "@"
                        + micros(Instant.now());
            }
            long version = k == null ? 0 : k.version() + 1;
            Object[] header = {id, r.kind().code(), r.owner().value(), r.office().value(), r.status().name(), r.statusNote(),
                odt(r.occurredAt()), r.outcome() == null ? null : r.outcome().code(), r.outcome() == null ? null : r.outcome().text(),
                r.outcome() == null ? null : Date.valueOf(r.outcome().decidedOn()), r.sequence(), "f".repeat(64), gaps, now, now,
                version};
            (k == null ? inserts : updates).add(header);
            if (k == null || !k.status().equals(r.status().name()) || !Objects.equals(k.note(), r.statusNote())) {
                timeline.add(new Object[]{id, r.status().name(), r.statusNote(), odt(r.occurredAt()), r.sequence()});
            }
            for (Payment p : r.payments()) {
                String key = id + "|" + p.id();
                payments.remove(key);
                payments.put(key, payment(id, p));
                List<Object[]> rows = new ArrayList<>();
                for (int i = 0; i < p.deductions().size(); i++) {
                    Deduction d = p.deductions().get(i);
                    rows.add(new Object[]{id, p.id(), i, d.label(), d.amount().amount(), d.amount().currency().getCurrencyCode()});
                }
                deductions.put(key, rows);
            }
            known.put(id, new Known(r.sequence(), r.status().name(), r.statusNote(), version, gaps));
        }
        batch(c, "INSERT INTO bench_dossiers (" + HEADER + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        List<Object[]> changed = updates.stream().map(h -> new Object[]{h[3], h[4], h[5], h[6], h[7], h[8], h[9], h[10], h[11],
            h[12], h[14], h[15], h[0]}).toList();
        batch(c, "UPDATE bench_dossiers SET office = ?, status = ?, status_note = ?, last_change_at = ?, outcome_code = ?, "
                + "outcome_text = ?, outcome_decided_on = ?, sequence_number = ?, fingerprint = ?, gaps = ?, updated_at = ?, "
                + "version = ? WHERE id = ?", changed);
        batch(c, "INSERT INTO bench_dossier_timeline (dossier_id, status, note, at, sequence_number) VALUES (?, ?, ?, ?, ?)",
                timeline);
        if (!payments.isEmpty()) {
            String[] dossiers = payments.keySet().stream().map(k -> k.substring(0, k.indexOf('|'))).toArray(String[]::new);
            String[] ids = payments.keySet().stream().map(k -> k.substring(k.indexOf('|') + 1)).toArray(String[]::new);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM bench_dossier_deductions x USING unnest(?::text[], "
                    + "?::text[]) AS v(d, p) WHERE x.dossier_id = v.d AND x.payment_id = v.p")) {
                ps.setArray(1, c.createArrayOf("text", dossiers));
                ps.setArray(2, c.createArrayOf("text", ids));
                ps.executeUpdate();
            }
            batch(c, "INSERT INTO bench_dossier_payments (" + PAYMENT + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (dossier_id, id) DO UPDATE SET period_from = EXCLUDED.period_from, period_to = EXCLUDED.period_to, "
                    + "gross = EXCLUDED.gross, net = EXCLUDED.net, currency = EXCLUDED.currency, status = EXCLUDED.status, "
                    + "paid_on = EXCLUDED.paid_on, method = EXCLUDED.method, account_type = EXCLUDED.account_type, "
                    + "iban = EXCLUDED.iban, post_office = EXCLUDED.post_office, counter_office = EXCLUDED.counter_office, "
                    + "deductions = EXCLUDED.deductions", new ArrayList<>(payments.values()));
            batch(c, "INSERT INTO bench_dossier_deductions (dossier_id, payment_id, position, label, amount, currency) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", deductions.values().stream().flatMap(List::stream).toList());
        }
    }

    private static Map<String, Known> read(Connection c, List<DossierReport> reports) throws SQLException {
        Map<String, Known> known = new HashMap<>();
        Array ids = c.createArrayOf("text", reports.stream().map(r -> r.dossier().value()).distinct().toArray());
        try (PreparedStatement ps = c.prepareStatement("SELECT id, sequence_number, status, status_note, version, gaps "
                + "FROM bench_dossiers WHERE id = ANY(?)")) {
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.put(rs.getString(1), new Known(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                            rs.getString(6)));
                }
            }
        }
        return known;
    }

    private static Object[] payment(String dossier, Payment p) {
        PaymentMethod.Account account = (PaymentMethod.Account) p.method();
        return new Object[]{dossier, p.id(), Date.valueOf(p.period().from()), Date.valueOf(p.period().to()), p.gross().amount(),
            p.net().amount(), p.gross().currency().getCurrencyCode(), p.status().name(), Date.valueOf(p.date()), "ACCOUNT",
            account.accountType().name(), account.iban(), null, null, p.deductions().size()};
    }

    private static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static OffsetDateTime odt(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    }
}
