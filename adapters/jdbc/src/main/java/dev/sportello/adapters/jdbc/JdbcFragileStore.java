package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.PartyId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DossierId;
import dev.sportello.fragile.CallbackId;
import dev.sportello.fragile.CallbackStatus;
import dev.sportello.fragile.ChannelContact;
import dev.sportello.fragile.ChannelContactId;
import dev.sportello.fragile.ContactChannel;
import dev.sportello.fragile.ContactOutcome;
import dev.sportello.fragile.LetterId;
import dev.sportello.fragile.LetterPurpose;
import dev.sportello.fragile.LetterStatus;
import dev.sportello.fragile.PersonalCodeStatus;
import dev.sportello.fragile.spi.CallbackRecord;
import dev.sportello.fragile.spi.EnrolmentRecord;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.fragile.spi.LetterRecord;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Skill;
import dev.sportello.users.FragileGround;
import dev.sportello.users.PhoneNumber;
import dev.sportello.users.PostalAddress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fragile-users channel on four tables: enrolments (keyed by user), letters, contacts, callbacks. Sets of
 * enum names are stored as {@code ,A,B,} text; the callbacks' queue pages on {@code (due_at, id)}. Part of a
 * transaction.
 */
final class JdbcFragileStore implements FragileStore {
    private static final String ENROLMENT = "user_id, office, grounds, street, postal_code, town, province, code_hash, "
            + "code_status, failed_attempts, code_issued_at, code_letter, enrolled_at, enrolled_by, version";
    private static final String LETTER = "id, user_id, purpose, dossier_id, document_id, document_kind, document_year, "
            + "status, reference, refusal, requested_at, requested_by, posted_at, version";
    private static final String CONTACT = "id, user_id, channel, outcome, contact_at, recorded_by";
    private static final String CALLBACK = "id, user_id, office, skills, phone, left_at, due_at, status, outcome, "
            + "completed_by, completed_at, version";

    private final Db db;

    JdbcFragileStore(Db db) {
        this.db = db;
    }

    @Override
    public void insertEnrolment(EnrolmentRecord r) {
        PostalAddress a = r.residence();
        insert("sportello_fragile_enrolments", ENROLMENT, "fragile-enrolment", r.user().toString(), r.user().value(),
                r.office().value(), names(r.grounds()), a.street(), a.postalCode(), a.town(), a.province(), r.codeHash(),
                r.codeStatus(), r.failedAttempts(), r.codeIssuedAt(), r.codeLetter().value(), r.enrolledAt(),
                r.enrolledBy().asText(), r.version());
    }

    @Override
    public void updateEnrolment(EnrolmentRecord r, long expectedVersion) {
        PostalAddress a = r.residence();
        int rows = db.update("UPDATE sportello_fragile_enrolments SET office = ?, grounds = ?, street = ?, postal_code = ?, "
                        + "town = ?, province = ?, code_hash = ?, code_status = ?, failed_attempts = ?, code_issued_at = ?, "
                        + "code_letter = ?, version = ? WHERE user_id = ? AND version = ?",
                r.office().value(), names(r.grounds()), a.street(), a.postalCode(), a.town(), a.province(), r.codeHash(),
                r.codeStatus(), r.failedAttempts(), r.codeIssuedAt(), r.codeLetter().value(), r.version(), r.user().value(),
                expectedVersion);
        requireOne(rows, "fragile-enrolment", r.user().toString(), expectedVersion);
    }

    @Override
    public Optional<EnrolmentRecord> findEnrolment(UserId user) {
        return db.one("SELECT " + ENROLMENT + " FROM sportello_fragile_enrolments WHERE user_id = ?",
                JdbcFragileStore::enrolment, user.value());
    }

    @Override
    public void insertLetter(LetterRecord r) {
        insert("sportello_fragile_letters", LETTER, "letter", r.id().toString(), r.id().value(), r.user().value(),
                r.purpose(), r.dossier() == null ? null : r.dossier().value(), r.document() == null ? null : r.document().value(),
                r.documentKind(), r.documentYear(), r.status(), r.reference(), r.refusal(), r.requestedAt(),
                r.requestedBy().asText(), r.postedAt(), r.version());
    }

    @Override
    public void updateLetter(LetterRecord r, long expectedVersion) {
        int rows = db.update("UPDATE sportello_fragile_letters SET status = ?, reference = ?, refusal = ?, posted_at = ?, "
                        + "version = ? WHERE id = ? AND version = ?", r.status(), r.reference(), r.refusal(), r.postedAt(),
                r.version(), r.id().value(), expectedVersion);
        requireOne(rows, "letter", r.id().toString(), expectedVersion);
    }

    @Override
    public Optional<LetterRecord> findLetter(LetterId id) {
        return db.one("SELECT " + LETTER + " FROM sportello_fragile_letters WHERE id = ?", JdbcFragileStore::letter,
                id.value());
    }

    @Override
    public List<LetterRecord> lettersOf(UserId user) {
        return db.query("SELECT " + LETTER + " FROM sportello_fragile_letters WHERE user_id = ? "
                + "ORDER BY requested_at DESC, id DESC", JdbcFragileStore::letter, user.value());
    }

    @Override
    public void addContact(ChannelContact c) {
        insert("sportello_fragile_contacts", CONTACT, "fragile-contact", c.id().toString(), c.id().value(),
                c.user().value(), c.channel(), c.outcome(), c.at(), c.by().asText());
    }

    @Override
    public List<ChannelContact> contactsOf(UserId user) {
        return db.query("SELECT " + CONTACT + " FROM sportello_fragile_contacts WHERE user_id = ? "
                + "ORDER BY contact_at DESC, id DESC", JdbcFragileStore::contact, user.value());
    }

    @Override
    public void insertCallback(CallbackRecord r) {
        insert("sportello_fragile_callbacks", CALLBACK, "callback", r.id().toString(), r.id().value(), r.user().value(),
                r.office().value(), names(r.skills()), r.number().e164(), r.leftAt(), r.dueAt(), r.status(), r.outcome(),
                r.completedBy() == null ? null : r.completedBy().asText(), r.completedAt(), r.version());
    }

    @Override
    public void updateCallback(CallbackRecord r, long expectedVersion) {
        int rows = db.update("UPDATE sportello_fragile_callbacks SET status = ?, outcome = ?, completed_by = ?, "
                        + "completed_at = ?, due_at = ?, version = ? WHERE id = ? AND version = ?", r.status(), r.outcome(),
                r.completedBy() == null ? null : r.completedBy().asText(), r.completedAt(), r.dueAt(), r.version(),
                r.id().value(), expectedVersion);
        requireOne(rows, "callback", r.id().toString(), expectedVersion);
    }

    @Override
    public Optional<CallbackRecord> findCallback(CallbackId id) {
        return db.one("SELECT " + CALLBACK + " FROM sportello_fragile_callbacks WHERE id = ?", JdbcFragileStore::callback,
                id.value());
    }

    @Override
    public Page<CallbackRecord> openCallbacks(OfficeCode office, Set<Skill> skills, Instant dueBy, PageRequest page) {
        List<Object> params = new ArrayList<>(List.of(office.value(), CallbackStatus.OPEN.name(), dueBy));
        StringBuilder sql = new StringBuilder("SELECT " + CALLBACK + " FROM sportello_fragile_callbacks "
                + "WHERE office = ? AND status = ? AND due_at <= ?");
        for (Skill missing : EnumSet.complementOf(skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills))) {
            sql.append(" AND skills NOT LIKE ? ESCAPE '\\'");
            params.add("%," + missing.name().replace("_", "\\_") + ",%");
        }
        if (page.cursor() != null) {
            Object[] after = cursor(page.cursor());
            sql.append(" AND (due_at > ? OR (due_at = ? AND id > ?))");
            params.add(after[0]);
            params.add(after[0]);
            params.add(after[1]);
        }
        sql.append(" ORDER BY due_at, id FETCH FIRST ? ROWS ONLY");
        params.add(page.size() + 1);
        return JdbcPages.of(db.query(sql.toString(), JdbcFragileStore::callback, params.toArray()), page.size(),
                JdbcFragileStore::cursor);
    }

    private void insert(String table, String columns, String type, String id, Object... values) {
        String marks = Arrays.stream(columns.split(", ")).map(c -> "?").collect(Collectors.joining(", "));
        try {
            db.update("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")", values);
        } catch (JdbcFailure e) {
            if (e.isDuplicateKey()) {
                throw conflict(type, id, "none");
            }
            throw e;
        }
    }

    private static void requireOne(int rows, String type, String id, long expectedVersion) {
        if (rows == 0) {
            throw conflict(type, id, Long.toString(expectedVersion));
        }
    }

    private static EnrolmentRecord enrolment(ResultSet rs) throws SQLException {
        return EnrolmentRecord.builder().user(new UserId(Db.uuid(rs, "user_id"))).office(new OfficeCode(rs.getString("office")))
                .grounds(parse(rs.getString("grounds"), FragileGround::valueOf))
                .residence(new PostalAddress(rs.getString("street"), rs.getString("postal_code"), rs.getString("town"),
                        rs.getString("province")))
                .codeHash(rs.getString("code_hash")).codeStatus(PersonalCodeStatus.valueOf(rs.getString("code_status")))
                .failedAttempts(rs.getInt("failed_attempts")).codeIssuedAt(Db.instant(rs, "code_issued_at"))
                .codeLetter(new LetterId(Db.uuid(rs, "code_letter"))).enrolledAt(Db.instant(rs, "enrolled_at"))
                .enrolledBy(PartyId.parse(rs.getString("enrolled_by"))).version(rs.getLong("version")).build();
    }

    private static LetterRecord letter(ResultSet rs) throws SQLException {
        String dossier = rs.getString("dossier_id");
        String document = rs.getString("document_id");
        String kind = rs.getString("document_kind");
        return LetterRecord.builder().id(new LetterId(Db.uuid(rs, "id"))).user(new UserId(Db.uuid(rs, "user_id")))
                .purpose(LetterPurpose.valueOf(rs.getString("purpose")))
                .dossier(dossier == null ? null : DossierId.of(dossier)).document(document == null ? null : DocumentId.of(document))
                .documentKind(kind == null ? null : DocumentKind.valueOf(kind)).documentYear(rs.getInt("document_year"))
                .status(LetterStatus.valueOf(rs.getString("status"))).reference(rs.getString("reference"))
                .refusal(rs.getString("refusal")).requestedAt(Db.instant(rs, "requested_at"))
                .requestedBy(PartyId.parse(rs.getString("requested_by"))).postedAt(Db.instant(rs, "posted_at"))
                .version(rs.getLong("version")).build();
    }

    private static ChannelContact contact(ResultSet rs) throws SQLException {
        return new ChannelContact(new ChannelContactId(Db.uuid(rs, "id")), new UserId(Db.uuid(rs, "user_id")),
                ContactChannel.valueOf(rs.getString("channel")), ContactOutcome.valueOf(rs.getString("outcome")),
                Db.instant(rs, "contact_at"), PartyId.parse(rs.getString("recorded_by")));
    }

    private static CallbackRecord callback(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        String by = rs.getString("completed_by");
        return CallbackRecord.builder().id(new CallbackId(Db.uuid(rs, "id"))).user(new UserId(Db.uuid(rs, "user_id")))
                .office(new OfficeCode(rs.getString("office"))).skills(parse(rs.getString("skills"), Skill::valueOf))
                .number(new PhoneNumber(rs.getString("phone"))).leftAt(Db.instant(rs, "left_at"))
                .dueAt(Db.instant(rs, "due_at")).status(CallbackStatus.valueOf(rs.getString("status")))
                .outcome(outcome == null ? null : ContactOutcome.valueOf(outcome))
                .completedBy(by == null ? null : PartyId.parse(by)).completedAt(Db.instant(rs, "completed_at"))
                .version(rs.getLong("version")).build();
    }

    /** {@code ,A,B,}: sorted names between commas, so that {@code LIKE '%,A,%'} finds one. */
    private static String names(Set<? extends Enum<?>> values) {
        return "," + values.stream().map(Enum::name).sorted().collect(Collectors.joining(",")) + ",";
    }

    private static <E> Set<E> parse(String text, Function<String, E> valueOf) {
        return Arrays.stream(text.split(",")).filter(s -> !s.isEmpty()).map(valueOf).collect(Collectors.toSet());
    }

    /** {@code micros_uuid}, as the memory store writes it. */
    private static String cursor(CallbackRecord r) {
        Instant at = r.dueAt();
        return (at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000) + "_" + r.id();
    }

    private static Object[] cursor(String text) {
        try {
            int sep = text.indexOf('_');
            long micros = Long.parseLong(text.substring(0, sep));
            Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L);
            return new Object[]{Cursors.time(at), Cursors.id(text.substring(sep + 1))};
        } catch (RuntimeException e) {
            throw Cursors.invalid();
        }
    }

    private static SportelloException conflict(String type, String id, String expected) {
        return SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", type, "objectId", id,
                "expectedVersion", expected));
    }
}
