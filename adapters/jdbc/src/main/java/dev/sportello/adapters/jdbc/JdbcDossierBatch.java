package dev.sportello.adapters.jdbc;

import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.StatusChange;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierWrites;
import dev.sportello.dossiers.DocumentId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A feed batch's reads and writes on PostgreSQL, one statement per table: the dossiers inserted and
 * updated (each update checked by its row count), the timeline entries, the measures and payments upserted,
 * the replaced payments' deductions deleted by primary key and inserted again; and the measures and
 * payments of many dossiers read with one {@code dossier_id = ANY(?) AND id = ANY(?)} query each (index
 * lookups; rows of pairs not asked for are dropped).
 * Rows of one statement go in one JDBC batch. Not thread-safe: one transaction.
 */
final class JdbcDossierBatch {
    private static final String DEDUCTIONS = "INSERT INTO sportello_dossier_deductions (dossier_id, payment_id, position, "
            + "label, amount, currency) VALUES (?, ?, ?, ?, ?, ?)";

    private final Db db;
    private final JdbcDossierItems items;

    JdbcDossierBatch(Db db, JdbcDossierItems items) {
        this.db = db;
        this.items = items;
    }

    void writeAll(DossierWrites writes) {
        List<Object[]> inserts = new ArrayList<>();
        writes.inserted().forEach(r -> inserts.add(JdbcDossierStore.row(r)));
        try {
            db.batch("INSERT INTO sportello_dossiers (" + JdbcDossierStore.COLUMNS + ") VALUES "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        } catch (JdbcFailure e) {
            if (e.isDuplicateKey()) {
                throw JdbcDossierStore.conflict(writes.inserted().get(0).id(), "none");
            }
            throw e;
        }
        updates(writes.updated());
        List<Object[]> timeline = new ArrayList<>();
        writes.timeline().forEach((dossier, entries) -> {
            for (StatusChange e : entries) {
                timeline.add(new Object[]{dossier.value(), e.status(), e.note(), e.at(), e.sequence()});
            }
        });
        db.batch("INSERT INTO sportello_dossier_timeline (dossier_id, status, note, at, sequence_number) VALUES (?, ?, ?, ?, ?)",
                timeline);
        List<Object[]> measures = new ArrayList<>();
        writes.measures().forEach((dossier, list) -> {
            for (Measure m : list) {
                measures.add(new Object[]{dossier.value(), m.id(), m.date(), m.kind(), m.text(), m.payment(),
                    m.document() == null ? null : m.document().value()});
            }
        });
        db.batch(items.upsert("sportello_dossier_measures", JdbcDossierItems.MEASURE_COLUMNS, 7), measures);
        payments(writes.payments());
    }

    private void updates(List<DossierWrites.Update> updates) {
        List<Object[]> rows = new ArrayList<>(updates.size());
        for (DossierWrites.Update u : updates) {
            DossierRecord r = u.record();
            DossierOutcome o = r.outcome();
            rows.add(new Object[]{r.office().value(), r.status(), r.statusNote(), r.lastChangeAt(), o == null ? null : o.code(),
                o == null ? null : o.text(), o == null ? null : o.decidedOn(), r.sequence(), r.fingerprint(),
                JdbcDossierStore.gaps(r.gaps()), r.updatedAt(), r.version(), r.id().value(), u.expectedVersion()});
        }
        int[] counts = db.batch("UPDATE sportello_dossiers SET office = ?, status = ?, status_note = ?, last_change_at = ?, "
                + "outcome_code = ?, outcome_text = ?, outcome_decided_on = ?, sequence_number = ?, fingerprint = ?, gaps = ?, "
                + "updated_at = ?, version = ? WHERE id = ? AND version = ?", rows);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                throw JdbcDossierStore.conflict(updates.get(i).record().id(), Long.toString(updates.get(i).expectedVersion()));
            }
        }
    }

    private void payments(Map<DossierId, List<Payment>> payments) {
        if (payments.isEmpty()) {
            return;
        }
        List<Object> dossiers = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> deductions = new ArrayList<>();
        payments.forEach((dossier, list) -> {
            for (Payment p : list) {
                dossiers.add(dossier.value());
                ids.add(p.id());
                rows.add(JdbcDossierItems.row(dossier, p));
                for (int i = 0; i < p.deductions().size(); i++) {
                    Deduction d = p.deductions().get(i);
                    deductions.add(new Object[]{dossier.value(), p.id(), i, d.label(), d.amount().amount(),
                        d.amount().currency().getCurrencyCode()});
                }
            }
        });
        List<Object[]> replaced = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            replaced.add(new Object[]{dossiers.get(i), ids.get(i)});
        }
        // one primary-key lookup per payment, in one batch: a join with unnest may be planned as a scan
        db.batch("DELETE FROM sportello_dossier_deductions WHERE dossier_id = ? AND payment_id = ?", replaced);
        db.batch(items.upsert("sportello_dossier_payments", JdbcDossierItems.PAYMENT_COLUMNS, 15), rows);
        db.batch(DEDUCTIONS, deductions);
    }

    Map<DossierId, Map<String, Measure>> findMeasuresOf(Map<DossierId, Set<String>> ids) {
        Map<DossierId, Map<String, Measure>> found = new HashMap<>();
        Object[][] pairs = pairs(ids);
        db.query("SELECT " + JdbcDossierItems.MEASURE_COLUMNS + " FROM sportello_dossier_measures WHERE dossier_id = ANY(?) "
                + "AND id = ANY(?)", rs -> {
                    if (!asked(ids, rs.getString("dossier_id"), rs.getString("id"))) {
                        return null;
                    }
                    String document = rs.getString("document_id");
                    Measure m = new Measure(rs.getString("id"), rs.getObject("measured_on", LocalDate.class), rs.getString("kind"),
                            rs.getString("text"), rs.getString("payment_id"), document == null ? null : DocumentId.of(document));
                    found.computeIfAbsent(new DossierId(rs.getString("dossier_id")), k -> new HashMap<>()).put(m.id(), m);
                    return null;
                }, db.array("text", distinct(pairs[0])), db.array("text", distinct(pairs[1])));
        return found;
    }

    Map<DossierId, Map<String, Payment>> findPaymentsOf(Map<DossierId, Set<String>> ids) {
        Map<DossierId, Map<String, Payment>> found = new HashMap<>();
        Object[][] pairs = pairs(ids);
        boolean[] withDeductions = {false};
        db.query("SELECT " + JdbcDossierItems.PAYMENT_COLUMNS + " FROM sportello_dossier_payments WHERE dossier_id = ANY(?) "
                + "AND id = ANY(?)", rs -> {
                    if (!asked(ids, rs.getString("dossier_id"), rs.getString("id"))) {
                        return null;
                    }
                    withDeductions[0] |= rs.getInt("deductions") > 0;
                    Payment p = JdbcDossierItems.partial(rs);
                    found.computeIfAbsent(new DossierId(rs.getString("dossier_id")), k -> new HashMap<>()).put(p.id(), p);
                    return null;
                }, db.array("text", distinct(pairs[0])), db.array("text", distinct(pairs[1])));
        if (!withDeductions[0]) {
            return found;
        }
        Map<DossierId, Map<String, List<Deduction>>> deductions = new HashMap<>();
        db.query("SELECT dossier_id, payment_id, label, amount, currency FROM sportello_dossier_deductions WHERE "
                + "dossier_id = ANY(?) AND payment_id = ANY(?) ORDER BY dossier_id, payment_id, position", rs -> {
                    if (asked(ids, rs.getString("dossier_id"), rs.getString("payment_id"))) {
                        deductions.computeIfAbsent(new DossierId(rs.getString("dossier_id")), k -> new HashMap<>())
                                .computeIfAbsent(rs.getString("payment_id"), k -> new ArrayList<>())
                                .add(new Deduction(rs.getString("label"), JdbcDossierItems.money(rs, "amount")));
                    }
                    return null;
                }, db.array("text", distinct(pairs[0])), db.array("text", distinct(pairs[1])));
        found.forEach((dossier, byId) -> byId.replaceAll((id, p) -> new Payment(p.id(), p.period(), p.gross(),
                deductions.getOrDefault(dossier, Map.of()).getOrDefault(id, List.of()), p.net(), p.status(), p.date(),
                p.method())));
        return found;
    }

    /** Whether a row is one of the (dossier, item) pairs asked for: the query matched each column on its own. */
    private static boolean asked(Map<DossierId, Set<String>> ids, String dossier, String item) {
        Set<String> of = ids.get(new DossierId(dossier));
        return of != null && of.contains(item);
    }

    private static Object[] distinct(Object[] values) {
        return java.util.Arrays.stream(values).distinct().toArray();
    }

    private static Object[][] pairs(Map<DossierId, Set<String>> ids) {
        List<Object> dossiers = new ArrayList<>();
        List<Object> items = new ArrayList<>();
        ids.forEach((dossier, of) -> of.forEach(id -> {
            dossiers.add(dossier.value());
            items.add(id);
        }));
        return new Object[][]{dossiers.toArray(), items.toArray()};
    }
}
