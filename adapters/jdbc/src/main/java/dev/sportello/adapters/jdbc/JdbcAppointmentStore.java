package dev.sportello.adapters.jdbc;

import dev.sportello.ErrorCode;
import dev.sportello.OperatorId;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.PartyId;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Assistance;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityCheck;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.appointments.spi.BookingLookup;
import dev.sportello.appointments.spi.BookingReads;
import dev.sportello.appointments.spi.WaitlistRecord;
import dev.sportello.offices.Closure;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Stores;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.PhoneNumber;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Appointments and the waitlist on tables. The identity check and the assistance are stored as small
 * key–value texts; the owner's list pages on {@code (start_at, id)}.
 */
final class JdbcAppointmentStore implements AppointmentStore {
    static final String COLUMNS = "id, owner_id, booked_by, office, topic, mode, start_at, end_at, zone, local_day, "
            + "sign_language, operator_id, status, idempotency_key, join_link, callback_number, admission_code_hash, "
            + "admission_attempts, sequence_no, waiting_since, identity_check, assistance, outcome, outcome_text, "
            + "cancel_reason, created_at, updated_at, version";
    private static final String WAITLIST = "id, owner_id, office, topic, mode, local_day, sign_language, status, offered_start, "
            + "offer_expires_at, appointment_id, held_operator, created_at, updated_at, version";
    /** One row's parameters in {@link #COLUMNS}. */
    static final String PLACES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    /**
     * What a booking reads, four queries in one round trip on PostgreSQL: the earlier booking under the key,
     * the owner with contact points, the owner's consents, the office's closures on the day.
     */
    private static final String FOR_BOOKING = "SELECT " + COLUMNS + " FROM sportello_appointments WHERE owner_id = ? "
            + "AND idempotency_key = ?; " + JdbcUserStore.SELECT + "id = ?" + JdbcUserStore.ORDER + "; "
            + JdbcRecordStores.Consents.HISTORY + "; " + JdbcRecordStores.Closures.BETWEEN;
    private static final List<Db.Row<?>> FOR_BOOKING_ROWS = List.of(JdbcAppointmentStore::record, JdbcUserStore::row,
            JdbcRecordStores.Consents::event, JdbcRecordStores.Closures::closure);
    private final Db db;

    JdbcAppointmentStore(Db db) {
        this.db = db;
    }

    @Override
    public void insert(AppointmentRecord r) {
        try {
            db.update("INSERT INTO sportello_appointments (" + COLUMNS + ") VALUES (" + PLACES + ")", row(r));
        } catch (JdbcFailure e) {
            if (e.isDuplicateKey()) {
                throw conflict("appointment", r.id().toString(), "none");
            }
            throw e;
        }
    }

    @Override
    public void update(AppointmentRecord r, long expectedVersion) {
        int rows = db.update("UPDATE sportello_appointments SET start_at = ?, end_at = ?, local_day = ?, operator_id = ?, status = ?, "
                + "join_link = ?, admission_code_hash = ?, admission_attempts = ?, sequence_no = ?, waiting_since = ?, "
                + "identity_check = ?, assistance = ?, outcome = ?, outcome_text = ?, cancel_reason = ?, updated_at = ?, "
                + "version = ? WHERE id = ? AND version = ?", r.start(), r.end(), r.day(), operator(r.operator()), r.status(),
                r.joinLink(), r.admissionCodeHash(), r.admissionAttempts(), r.sequence(), r.waitingSince(),
                encode(r.identityCheck()), encode(r.assistance()), r.outcome(), r.outcomeText(), r.cancelReason(),
                r.updatedAt(), r.version(), r.id().value(), expectedVersion);
        if (rows == 0) {
            throw conflict("appointment", r.id().toString(), Long.toString(expectedVersion));
        }
    }

    @Override
    public Optional<AppointmentRecord> find(AppointmentId id) {
        return db.one("SELECT " + COLUMNS + " FROM sportello_appointments WHERE id = ?", JdbcAppointmentStore::record,
                id.value());
    }

    @Override
    public Optional<AppointmentRecord> findByIdempotencyKey(UserId owner, String key) {
        return db.one("SELECT " + COLUMNS + " FROM sportello_appointments WHERE owner_id = ? AND idempotency_key = ?",
                JdbcAppointmentStore::record, owner.value(), key);
    }

    @Override
    public BookingReads forBooking(BookingLookup lookup, Stores stores) {
        if (db.dialect != Dialect.POSTGRESQL) {
            return AppointmentStore.super.forBooking(lookup, stores);
        }
        UUID owner = lookup.owner().value();
        List<List<Object>> read = db.queries(FOR_BOOKING, FOR_BOOKING_ROWS, owner, lookup.idempotencyKey(), owner, owner,
                lookup.office().value(), lookup.day(), lookup.day());
        List<UserRecord> users = JdbcUserStore.assemble(read.get(1));
        return new BookingReads(read.get(0).stream().map(AppointmentRecord.class::cast).findFirst(),
                users.stream().findFirst(), read.get(2).stream().map(ConsentEvent.class::cast).toList(),
                read.get(3).stream().map(Closure.class::cast).toList());
    }

    /** The parameters of an appointment's row, in {@link #COLUMNS} order. */
    static Object[] row(AppointmentRecord r) {
        return new Object[]{r.id().value(), r.owner().value(), r.bookedBy().asText(),
            r.office().value(), r.topic().code(), r.mode(), r.start(), r.end(), r.zone().getId(), r.day(),
            r.interpretation() == Interpretation.SIGN_LANGUAGE,
            operator(r.operator()), r.status(), r.idempotencyKey(), r.joinLink(),
            r.callbackNumber() == null ? null : r.callbackNumber().e164(), r.admissionCodeHash(),
            r.admissionAttempts(), r.sequence(), r.waitingSince(), encode(r.identityCheck()), encode(r.assistance()),
            r.outcome(), r.outcomeText(), r.cancelReason(), r.createdAt(), r.updatedAt(), r.version()};
    }

    @Override
    public Page<AppointmentRecord> ofOwner(UserId owner, PageRequest page) {
        List<AppointmentRecord> rows;
        if (page.cursor() == null) {
            rows = db.query("SELECT " + COLUMNS + " FROM sportello_appointments WHERE owner_id = ? "
                    + "ORDER BY start_at DESC, id DESC FETCH FIRST ? ROWS ONLY", JdbcAppointmentStore::record, owner.value(),
                    page.size() + 1);
        } else {
            Object[] after = cursor(page.cursor());
            rows = db.query("SELECT " + COLUMNS + " FROM sportello_appointments WHERE owner_id = ? "
                    + "AND (start_at < ? OR (start_at = ? AND id < ?)) ORDER BY start_at DESC, id DESC FETCH FIRST ? ROWS ONLY",
                    JdbcAppointmentStore::record, owner.value(), after[0], after[0], after[1], page.size() + 1);
        }
        String next = null;
        if (rows.size() > page.size()) {
            rows = rows.subList(0, page.size());
            AppointmentRecord last = rows.get(rows.size() - 1);
            next = String.format("%015d", last.start().getEpochSecond()) + "_" + last.id();
        }
        return new Page<>(List.copyOf(rows), next);
    }

    private static Object[] cursor(String text) {
        try {
            int sep = text.indexOf('_');
            return new Object[]{Cursors.time(Instant.ofEpochSecond(Long.parseLong(text.substring(0, sep)))),
                Cursors.id(text.substring(sep + 1))};
        } catch (RuntimeException e) {
            throw SportelloException.invalidField(ErrorCode.PAGE_CURSOR_INVALID, "cursor", Map.of());
        }
    }

    @Override
    public List<AppointmentRecord> onDay(OfficeCode office, LocalDate day) {
        return db.query("SELECT " + COLUMNS + " FROM sportello_appointments WHERE office = ? AND local_day = ? ORDER BY start_at, id",
                JdbcAppointmentStore::record, office.value(), day);
    }

    @Override
    public List<AppointmentRecord> waiting(OfficeCode office) {
        return db.query("SELECT " + COLUMNS + " FROM sportello_appointments WHERE office = ? AND status = 'WAITING' "
                + "ORDER BY waiting_since, id", JdbcAppointmentStore::record, office.value());
    }

    @Override
    public void insertWaitlist(WaitlistRecord w) {
        db.update("INSERT INTO sportello_waitlist (" + WAITLIST + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                w.id().value(), w.owner().value(), w.office().value(), w.topic().code(), w.mode(), w.day(),
                w.interpretation() == Interpretation.SIGN_LANGUAGE, w.status(), w.offeredStart(), w.offerExpiresAt(),
                w.appointment() == null ? null : w.appointment().value(), operator(w.heldOperator()), w.createdAt(),
                w.updatedAt(), w.version());
    }

    @Override
    public void updateWaitlist(WaitlistRecord w, long expectedVersion) {
        int rows = db.update("UPDATE sportello_waitlist SET status = ?, offered_start = ?, offer_expires_at = ?, "
                + "appointment_id = ?, held_operator = ?, updated_at = ?, version = ? WHERE id = ? AND version = ?",
                w.status(), w.offeredStart(), w.offerExpiresAt(), w.appointment() == null ? null : w.appointment().value(),
                operator(w.heldOperator()), w.updatedAt(), w.version(), w.id().value(), expectedVersion);
        if (rows == 0) {
            throw conflict("waitlist", w.id().toString(), Long.toString(expectedVersion));
        }
    }

    @Override
    public Optional<WaitlistRecord> findWaitlist(WaitlistEntryId id) {
        return db.one("SELECT " + WAITLIST + " FROM sportello_waitlist WHERE id = ?", JdbcAppointmentStore::waitlist, id.value());
    }

    @Override
    public List<WaitlistRecord> queue(OfficeCode office, TopicCode topic, ContactMode mode, LocalDate day, int limit) {
        return db.query("SELECT " + WAITLIST + " FROM sportello_waitlist WHERE office = ? AND local_day = ? AND topic = ? AND mode = ? "
                + "AND status = 'WAITING' ORDER BY created_at, id FETCH FIRST ? ROWS ONLY", JdbcAppointmentStore::waitlist,
                office.value(), day, topic.code(), mode, limit);
    }

    @Override
    public List<WaitlistRecord> waitlistOf(UserId owner) {
        return db.query("SELECT " + WAITLIST + " FROM sportello_waitlist WHERE owner_id = ? ORDER BY created_at DESC, id DESC",
                JdbcAppointmentStore::waitlist, owner.value());
    }

    @Override
    public List<WaitlistRecord> waitlistOnDay(OfficeCode office, LocalDate day) {
        return db.query("SELECT " + WAITLIST + " FROM sportello_waitlist WHERE office = ? AND local_day = ? "
                + "AND status IN ('WAITING', 'OFFERED') ORDER BY created_at, id", JdbcAppointmentStore::waitlist,
                office.value(), day);
    }

    private static UUID operator(OperatorId id) {
        return id == null ? null : id.value();
    }

    private static SportelloException conflict(String type, String id, String expected) {
        return SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", type, "objectId", id,
                "expectedVersion", expected));
    }

    private static String encode(IdentityCheck c) {
        return c == null ? null : FlatCodec.encode(check(c, ""));
    }

    private static Map<String, String> check(IdentityCheck c, String prefix) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(prefix + "type", c.type().name());
        map.put(prefix + "number", c.maskedNumber());
        map.put(prefix + "issued", c.issuedOn().toString());
        map.put(prefix + "expires", c.expiresOn().toString());
        map.put(prefix + "photo", Boolean.toString(c.photoPresent()));
        map.put(prefix + "by", c.checkedBy().toString());
        map.put(prefix + "at", c.checkedAt().toString());
        return map;
    }

    private static IdentityCheck check(Map<String, String> map, String prefix) {
        if (!map.containsKey(prefix + "type")) {
            return null;
        }
        return new IdentityCheck(IdentityDocumentType.valueOf(map.get(prefix + "type")), map.get(prefix + "number"),
                LocalDate.parse(map.get(prefix + "issued")), LocalDate.parse(map.get(prefix + "expires")),
                Boolean.parseBoolean(map.get(prefix + "photo")), OperatorId.of(map.get(prefix + "by")),
                Instant.parse(map.get(prefix + "at")));
    }

    private static String encode(Assistance a) {
        if (a == null) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        map.put("consentAt", a.consentAt().toString());
        map.put("consentBy", a.consentBy().asText());
        if (a.assistantAdmitted()) {
            map.put("name", a.assistantName());
            map.put("admittedAt", a.admittedAt().toString());
            map.putAll(check(a.check(), "check."));
        }
        return FlatCodec.encode(map);
    }

    private static Assistance assistance(String text) {
        if (text == null) {
            return null;
        }
        Map<String, String> map = FlatCodec.decode(text);
        String admitted = map.get("admittedAt");
        return new Assistance(Instant.parse(map.get("consentAt")), PartyId.parse(map.get("consentBy")), map.get("name"),
                check(map, "check."), admitted == null ? null : Instant.parse(admitted));
    }

    private static AppointmentRecord record(ResultSet rs) throws SQLException {
        UUID operator = Db.uuid(rs, "operator_id");
        String callback = rs.getString("callback_number");
        String check = rs.getString("identity_check");
        return AppointmentRecord.builder().id(new AppointmentId(Db.uuid(rs, "id"))).owner(new UserId(Db.uuid(rs, "owner_id")))
                .bookedBy(PartyId.parse(rs.getString("booked_by"))).office(new OfficeCode(rs.getString("office")))
                .topic(new TopicCode(rs.getString("topic"))).mode(ContactMode.valueOf(rs.getString("mode")))
                .start(Db.instant(rs, "start_at")).end(Db.instant(rs, "end_at")).zone(ZoneId.of(rs.getString("zone")))
                .day(rs.getObject("local_day", LocalDate.class)).interpretation(interpretation(rs))
                .operator(operator == null ? null : new OperatorId(operator))
                .status(AppointmentStatus.valueOf(rs.getString("status"))).idempotencyKey(rs.getString("idempotency_key"))
                .joinLink(rs.getString("join_link")).callbackNumber(callback == null ? null : new PhoneNumber(callback))
                .admissionCodeHash(rs.getString("admission_code_hash")).admissionAttempts(rs.getInt("admission_attempts"))
                .sequence(rs.getInt("sequence_no")).waitingSince(Db.instant(rs, "waiting_since"))
                .identityCheck(check == null ? null : check(FlatCodec.decode(check), ""))
                .assistance(assistance(rs.getString("assistance"))).outcome(rs.getString("outcome"))
                .outcomeText(rs.getString("outcome_text")).cancelReason(rs.getString("cancel_reason"))
                .createdAt(Db.instant(rs, "created_at")).updatedAt(Db.instant(rs, "updated_at")).version(rs.getLong("version"))
                .build();
    }

    private static Interpretation interpretation(ResultSet rs) throws SQLException {
        return rs.getBoolean("sign_language") ? Interpretation.SIGN_LANGUAGE : Interpretation.NONE;
    }

    private static WaitlistRecord waitlist(ResultSet rs) throws SQLException {
        UUID appointment = Db.uuid(rs, "appointment_id");
        UUID held = Db.uuid(rs, "held_operator");
        return WaitlistRecord.builder().id(new WaitlistEntryId(Db.uuid(rs, "id"))).owner(new UserId(Db.uuid(rs, "owner_id")))
                .office(new OfficeCode(rs.getString("office"))).topic(new TopicCode(rs.getString("topic")))
                .mode(ContactMode.valueOf(rs.getString("mode"))).day(rs.getObject("local_day", LocalDate.class))
                .interpretation(interpretation(rs)).status(WaitlistStatus.valueOf(rs.getString("status")))
                .offeredStart(Db.instant(rs, "offered_start")).offerExpiresAt(Db.instant(rs, "offer_expires_at"))
                .appointment(appointment == null ? null : new AppointmentId(appointment))
                .heldOperator(held == null ? null : new OperatorId(held)).createdAt(Db.instant(rs, "created_at"))
                .updatedAt(Db.instant(rs, "updated_at")).version(rs.getLong("version")).build();
    }
}
