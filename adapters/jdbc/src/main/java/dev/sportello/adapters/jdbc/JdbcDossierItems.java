package dev.sportello.adapters.jdbc;

import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentPeriod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.offices.OfficeCode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A dossier's measures and payments, kept by the source's ids: upserts in one batch (PostgreSQL
 * {@code ON CONFLICT DO UPDATE}, H2 {@code MERGE … KEY}); a payment's deductions in their own rows, in
 * order, replaced with the payment. Amounts are {@code NUMERIC(15,2)}, read back with scale 2.
 */
final class JdbcDossierItems {
    static final String MEASURE_COLUMNS = "dossier_id, id, measured_on, kind, text, payment_id, document_id";
    static final String PAYMENT_COLUMNS = "dossier_id, id, period_from, period_to, gross, net, currency, status, "
            + "paid_on, method, account_type, iban, post_office, counter_office, deductions";
    private static final String ACCOUNT = "ACCOUNT";
    private static final String CASH = "POST_OFFICE_CASH";
    private static final String COUNTER = "COUNTER";

    private final Db db;

    JdbcDossierItems(Db db) {
        this.db = db;
    }

    void putMeasures(DossierId dossier, List<Measure> measures) {
        List<Object[]> rows = new ArrayList<>(measures.size());
        for (Measure m : measures) {
            rows.add(new Object[]{dossier.value(), m.id(), m.date(), m.kind(), m.text(), m.payment(),
                m.document() == null ? null : m.document().value()});
        }
        db.batch(upsert("sportello_dossier_measures", MEASURE_COLUMNS, 7), rows);
    }

    /** The dossier's measures with the given ids (all of them for none), oldest date first, then by id. */
    List<Measure> measures(DossierId dossier, Set<String> ids) {
        List<Object> params = new ArrayList<>(List.of(dossier.value()));
        String sql = "SELECT " + MEASURE_COLUMNS + " FROM sportello_dossier_measures WHERE dossier_id = ?"
                + only(ids, params) + " ORDER BY measured_on, id";
        return db.query(sql, rs -> {
            String document = rs.getString("document_id");
            return new Measure(rs.getString("id"), rs.getObject("measured_on", LocalDate.class), rs.getString("kind"),
                    rs.getString("text"), rs.getString("payment_id"), document == null ? null : DocumentId.of(document));
        }, params.toArray());
    }

    void putPayments(DossierId dossier, List<Payment> payments) {
        if (payments.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(payments.size());
        List<Object[]> deductions = new ArrayList<>();
        for (Payment p : payments) {
            rows.add(row(dossier, p));
            for (int i = 0; i < p.deductions().size(); i++) {
                Deduction d = p.deductions().get(i);
                deductions.add(new Object[]{dossier.value(), p.id(), i, d.label(), d.amount().amount(),
                    d.amount().currency().getCurrencyCode()});
            }
        }
        Object[] ids = payments.stream().map(Payment::id).toArray();
        List<Object> params = new ArrayList<>(List.of(dossier.value()));
        params.addAll(db.dialect == Dialect.POSTGRESQL ? List.of(db.array("text", ids)) : List.of(ids));
        db.update("DELETE FROM sportello_dossier_deductions WHERE dossier_id = ? AND payment_id "
                + JdbcDossierStore.anyOf(db, ids.length), params.toArray());
        db.batch(upsert("sportello_dossier_payments", PAYMENT_COLUMNS, 15), rows);
        db.batch("INSERT INTO sportello_dossier_deductions (dossier_id, payment_id, position, label, amount, currency) "
                + "VALUES (?, ?, ?, ?, ?, ?)", deductions);
    }

    static Object[] row(DossierId dossier, Payment p) {
        PaymentPeriod period = p.period();
        String method;
        String accountType = null;
        String iban = null;
        String postOffice = null;
        String counter = null;
        if (p.method() instanceof PaymentMethod.Account account) {
            method = ACCOUNT;
            accountType = account.accountType().name();
            iban = account.iban();
        } else if (p.method() instanceof PaymentMethod.PostOfficeCash cash) {
            method = CASH;
            postOffice = cash.postOffice();
        } else {
            method = COUNTER;
            counter = ((PaymentMethod.Counter) p.method()).office().value();
        }
        return new Object[]{dossier.value(), p.id(), period == null ? null : period.from(), period == null ? null : period.to(),
            p.gross().amount(), p.net().amount(), p.gross().currency().getCurrencyCode(), p.status(), p.date(), method,
            accountType, iban, postOffice, counter, p.deductions().size()};
    }

    /** The dossier's payments with the given ids (all of them for none), latest date first, then by id descending. */
    List<Payment> payments(DossierId dossier, Set<String> ids) {
        List<Object> params = new ArrayList<>(List.of(dossier.value()));
        String only = only(ids, params);
        List<Object[]> rows = db.query("SELECT " + PAYMENT_COLUMNS + " FROM sportello_dossier_payments WHERE dossier_id = ?"
                + only + " ORDER BY paid_on DESC, id DESC", rs -> new Object[]{rs.getString("id"), rs.getInt("deductions"),
                    partial(rs)}, params.toArray());
        Map<String, List<Deduction>> deductions = new HashMap<>();
        if (rows.stream().anyMatch(r -> (int) r[1] > 0)) {
            db.query("SELECT payment_id, label, amount, currency FROM sportello_dossier_deductions WHERE dossier_id = ?"
                    + only.replace(" AND id ", " AND payment_id ") + " ORDER BY payment_id, position", rs -> deductions
                    .computeIfAbsent(rs.getString("payment_id"), k -> new ArrayList<>()).add(new Deduction(rs.getString("label"),
                            money(rs, "amount"))), params.toArray());
        }
        List<Payment> payments = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            Payment p = (Payment) r[2];
            payments.add(new Payment(p.id(), p.period(), p.gross(), deductions.getOrDefault(p.id(), List.of()), p.net(),
                    p.status(), p.date(), p.method()));
        }
        return payments;
    }

    /** A payment without its deductions. */
    static Payment partial(ResultSet rs) throws SQLException {
        LocalDate from = rs.getObject("period_from", LocalDate.class);
        PaymentMethod method = switch (rs.getString("method")) {
            case ACCOUNT -> new PaymentMethod.Account(PaymentMethod.AccountType.valueOf(rs.getString("account_type")),
                    rs.getString("iban"));
            case CASH -> new PaymentMethod.PostOfficeCash(rs.getString("post_office"));
            case COUNTER -> new PaymentMethod.Counter(new OfficeCode(rs.getString("counter_office")));
            default -> throw new SQLException("unknown payment method " + rs.getString("method"));
        };
        return new Payment(rs.getString("id"), from == null ? null : new PaymentPeriod(from,
                rs.getObject("period_to", LocalDate.class)), money(rs, "gross"), List.of(), money(rs, "net"),
                PaymentStatus.valueOf(rs.getString("status")), rs.getObject("paid_on", LocalDate.class), method);
    }

    static Money money(ResultSet rs, String column) throws SQLException {
        return new Money(rs.getBigDecimal(column), Currency.getInstance(rs.getString("currency")));
    }

    /** {@code AND id = ANY(?)} / {@code IN (…)} for some ids, nothing for none. */
    private String only(Set<String> ids, List<Object> params) {
        if (ids.isEmpty()) {
            return "";
        }
        Object[] values = ids.toArray();
        params.addAll(db.dialect == Dialect.POSTGRESQL ? List.of(db.array("text", values)) : List.of(values));
        return " AND id " + JdbcDossierStore.anyOf(db, values.length);
    }

    /** An upsert of one row by the table's primary key. */
    String upsert(String table, String columns, int count) {
        String values = "VALUES (" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
        if (db.dialect != Dialect.POSTGRESQL) {
            return "MERGE INTO " + table + " (" + columns + ") KEY (dossier_id, id) " + values;
        }
        StringBuilder set = new StringBuilder();
        for (String column : columns.split(", ")) {
            if (!column.equals("dossier_id") && !column.equals("id")) {
                set.append(set.isEmpty() ? "" : ", ").append(column).append(" = EXCLUDED.").append(column);
            }
        }
        return "INSERT INTO " + table + " (" + columns + ") " + values + " ON CONFLICT (dossier_id, id) DO UPDATE SET " + set;
    }
}
