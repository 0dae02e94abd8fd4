package dev.sportello.adapters.jdbc;

import dev.sportello.UserId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Benefit;
import dev.sportello.medical.GuideInteraction;
import dev.sportello.dossiers.Incompatibility;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.IssuingBody;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.Region;
import dev.sportello.medical.spi.GuideTally;
import dev.sportello.medical.spi.MedicalReportRecord;
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.notifications.NoticeId;
import dev.sportello.offices.OfficeCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Medical reports and the guides' counters on PostgreSQL or H2. Not thread-safe: one transaction. */
final class JdbcMedicalReportStore implements MedicalReportStore {
    private static final String COLUMNS = "dossier_id, owner_id, office, edition, report, replaced_edition, recorded_at, "
            + "available_until, notice_id";

    private final Db db;

    JdbcMedicalReportStore(Db db) {
        this.db = db;
    }

    @Override
    public Optional<MedicalReportRecord> find(DossierId dossier) {
        return db.query("SELECT " + COLUMNS + " FROM sportello_medical_reports WHERE dossier_id = ?", rs -> {
            UUID notice = Db.uuid(rs, "notice_id");
            return new MedicalReportRecord(DossierId.of(rs.getString("dossier_id")), new UserId(Db.uuid(rs, "owner_id")),
                    new OfficeCode(rs.getString("office")), decode(FlatCodec.decode(rs.getString("report"))),
                    Db.integerOrNull(rs, "replaced_edition"), Db.instant(rs, "recorded_at"), Db.instant(rs, "available_until"),
                    notice == null ? null : new NoticeId(notice));
        }, dossier.value()).stream().findFirst();
    }

    @Override
    public void put(MedicalReportRecord r) {
        Object notice = r.notice() == null ? null : r.notice().value();
        String report = FlatCodec.encode(encode(r.report()));
        int updated = db.update("UPDATE sportello_medical_reports SET owner_id = ?, office = ?, edition = ?, report = ?, "
                        + "replaced_edition = ?, recorded_at = ?, available_until = ?, notice_id = COALESCE(CAST(? AS UUID), notice_id) WHERE dossier_id = ?",
                r.owner().value(), r.office().value(), r.report().edition(), report, r.replacedEdition(), r.recordedAt(),
                r.availableUntil(), notice, r.dossier().value());
        if (updated == 0) {
            db.update("INSERT INTO sportello_medical_reports (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.dossier().value(), r.owner().value(), r.office().value(), r.report().edition(), report,
                    r.replacedEdition(), r.recordedAt(), r.availableUntil(), notice);
        }
    }

    @Override
    public boolean attachNotice(DossierId dossier, int edition, NoticeId notice) {
        return db.update("UPDATE sportello_medical_reports SET notice_id = ? WHERE dossier_id = ? AND edition = ?",
                notice.value(), dossier.value(), edition) == 1;
    }

    @Override
    public void increment(GuideTally t) {
        if (db.dialect == Dialect.POSTGRESQL) {
            db.update("INSERT INTO sportello_guide_tallies (on_week, office, event, item, tally) VALUES (?, ?, ?, ?, 1) "
                    + "ON CONFLICT (on_week, office, event, item) DO UPDATE SET tally = sportello_guide_tallies.tally + 1",
                    t.week(), t.office().value(), t.event(), t.item());
            return;
        }
        db.update("MERGE INTO sportello_guide_tallies g USING (VALUES (CAST(? AS DATE), CAST(? AS VARCHAR(24)), "
                + "CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(40)))) s (on_week, office, event, item) ON g.on_week = s.on_week "
                + "AND g.office = s.office AND g.event = s.event AND g.item = s.item WHEN MATCHED THEN UPDATE SET tally = g.tally + 1 "
                + "WHEN NOT MATCHED THEN INSERT (on_week, office, event, item, tally) VALUES (s.on_week, s.office, s.event, s.item, 1)",
                t.week(), t.office().value(), t.event(), t.item());
    }

    @Override
    public List<GuideTally> between(LocalDate fromWeek, LocalDate toWeek) {
        return db.query("SELECT on_week, office, event, item, tally FROM sportello_guide_tallies WHERE on_week BETWEEN ? AND ? "
                + "ORDER BY on_week, office, event, item", rs -> new GuideTally(rs.getDate("on_week").toLocalDate(),
                new OfficeCode(rs.getString("office")), GuideInteraction.GuideEvent.valueOf(rs.getString("event")),
                rs.getString("item"), rs.getLong("tally")), fromWeek, toWeek);
    }

    static Map<String, String> encode(MedicalReport r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("number", r.number());
        m.put("edition", Integer.toString(r.edition()));
        m.put("kind", r.kind().name());
        m.put("issuer", r.issuedBy().kind().name());
        m.put("region", r.issuedBy().region().name());
        m.put("issuedOn", r.issuedOn().toString());
        m.put("birth", r.holderBirthDate().toString());
        m.put("judgement", r.judgement());
        if (r.percentage() != null) {
            m.put("percentage", Integer.toString(r.percentage()));
        }
        m.put("b", Integer.toString(r.benefits().size()));
        for (int i = 0; i < r.benefits().size(); i++) {
            Benefit b = r.benefits().get(i);
            m.put("b." + i + ".name", b.name());
            m.put("b." + i + ".amount", b.monthlyAmount().amount().toPlainString());
            m.put("b." + i + ".currency", b.monthlyAmount().currency().getCurrencyCode());
            m.put("b." + i + ".startsOn", b.startsOn().toString());
            if (b.note() != null) {
                m.put("b." + i + ".note", b.note());
            }
        }
        texts(m, "t", r.taxReliefs());
        texts(m, "r", r.rightsAndObligations());
        m.put("i", Integer.toString(r.incompatibilities().size()));
        for (int i = 0; i < r.incompatibilities().size(); i++) {
            m.put("i." + i + ".title", r.incompatibilities().get(i).title());
            m.put("i." + i + ".text", r.incompatibilities().get(i).text());
        }
        if (r.reviewOn() != null) {
            m.put("reviewOn", r.reviewOn().toString());
        }
        m.put("card", Boolean.toString(r.disabilityCardEntitled()));
        m.put("attested", Boolean.toString(r.statusAttested()));
        return m;
    }

    static MedicalReport decode(Map<String, String> m) {
        List<Benefit> benefits = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(m.get("b")); i++) {
            benefits.add(new Benefit(m.get("b." + i + ".name"), new Money(new BigDecimal(m.get("b." + i + ".amount")),
                    Currency.getInstance(m.get("b." + i + ".currency"))), LocalDate.parse(m.get("b." + i + ".startsOn")),
                    m.get("b." + i + ".note")));
        }
        List<Incompatibility> incompatibilities = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(m.get("i")); i++) {
            incompatibilities.add(new Incompatibility(m.get("i." + i + ".title"), m.get("i." + i + ".text")));
        }
        return new MedicalReport(m.get("number"), Integer.parseInt(m.get("edition")), MedicalReportKind.valueOf(m.get("kind")),
                new IssuingBody(IssuerKind.valueOf(m.get("issuer")), Region.valueOf(m.get("region"))),
                LocalDate.parse(m.get("issuedOn")), LocalDate.parse(m.get("birth")), m.get("judgement"),
                m.containsKey("percentage") ? Integer.valueOf(m.get("percentage")) : null, benefits, texts(m, "t"), texts(m, "r"),
                incompatibilities, m.containsKey("reviewOn") ? LocalDate.parse(m.get("reviewOn")) : null,
                Boolean.parseBoolean(m.get("card")), Boolean.parseBoolean(m.get("attested")));
    }

    private static void texts(Map<String, String> m, String key, List<String> values) {
        m.put(key, Integer.toString(values.size()));
        for (int i = 0; i < values.size(); i++) {
            m.put(key + "." + i, values.get(i));
        }
    }

    private static List<String> texts(Map<String, String> m, String key) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(m.get(key)); i++) {
            values.add(m.get(key + "." + i));
        }
        return values;
    }
}
