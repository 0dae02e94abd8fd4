package dev.sportello.benchmarks;

import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.core.SportelloSdk;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two raw-JDBC baselines of {@link AppointmentBookingThroughput}: the minimum a safe booking needs,
 * and the same reads and writes as the SDK without its Java work.
 */
final class BookingBaselines {
    private BookingBaselines() {
    }

    /**
     * The baseline: per booking, one transaction with the appointment row and then the conditional
     * update of the slot's counter (last, as the SDK does, so the hot row is locked only until commit).
     */
    static double rawRun(Postgres postgres) throws Exception {
        postgres.exec("INSERT INTO sportello_counters (counter_key, counter_value) VALUES ('raw:warm', 0) ON CONFLICT DO NOTHING");
        List<String> keys = new ArrayList<>();
        for (Instant slot : AppointmentBookingThroughput.hotSlots()) {
            String key = "raw:" + slot.getEpochSecond();
            keys.add(key);
            postgres.exec("INSERT INTO sportello_counters (counter_key, counter_value) VALUES ('" + key + "', 0) ON CONFLICT DO NOTHING");
        }
        rawBook(postgres, keys, AppointmentBookingThroughput.THREADS * 20);
        postgres.startCounting();
        long cpu = CpuTime.machineBusyMillis();
        long start = System.nanoTime();
        int booked = rawBook(postgres, keys, AppointmentBookingThroughput.BOOKINGS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  raw: %,d bookings, %.2f ms of machine CPU per booking%n", booked,
                (double) (CpuTime.machineBusyMillis() - cpu) / booked);
        postgres.printPerOperation("raw", booked);
        return booked / seconds;
    }

    /**
     * The second baseline: plain JDBC doing what the SDK does for an in-person booking, round trip for
     * round trip and statement for statement — one round trip for the four reads (idempotency key, the
     * user with contacts, consents, the office's closures on that day), one for the writes (one statement
     * inserting the appointment, the inbox notice, six message records, the audit entry, its new chain head
     * and four outbox entries, then the user's active-bookings counter and the slot's seat counter, last),
     * and the commit — without the SDK's Java work.
     */
    static double sameWritesRun(Postgres postgres) throws Exception {
        List<UUID> users = new ArrayList<>();
        try (SportelloSdk sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(postgres.storage).officeDirectory(AppointmentBookingThroughput.directory()).build()) {
            for (int i = 0; i < AppointmentBookingThroughput.THREADS * 4; i++) {
                users.add(sdk.users().register(Principal.service("bench"), new RegisterCitizen(Identities.next(),
                        "Maria Rossi", new MunicipalityCode("H501"), Language.IT)).id().value());
            }
        }
        List<String> keys = new ArrayList<>();
        for (Instant slot : AppointmentBookingThroughput.hotSlots()) {
            keys.add("same:" + slot.getEpochSecond());
        }
        sameWrites(postgres, users, keys, AppointmentBookingThroughput.THREADS * 20);
        postgres.startCounting();
        long cpu = CpuTime.machineBusyMillis();
        long start = System.nanoTime();
        int booked = sameWrites(postgres, users, keys, AppointmentBookingThroughput.BOOKINGS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  raw, same reads and writes: %,d bookings, %.2f ms of machine CPU per booking%n", booked,
                (double) (CpuTime.machineBusyMillis() - cpu) / booked);
        postgres.printPerOperation("raw, same reads and writes", booked);
        return booked / seconds;
    }

    private static String rows(int width, int count) {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return String.join(", ", Collections.nCopies(count, row));
    }

    private static final String READS = "SELECT id, owner_id, booked_by, office, topic, mode, start_at, end_at, zone, local_day, "
            + "sign_language, operator_id, status, idempotency_key, join_link, callback_number, admission_code_hash, "
            + "admission_attempts, sequence_no, waiting_since, identity_check, assistance, outcome, outcome_text, "
            + "cancel_reason, created_at, updated_at, version FROM sportello_appointments WHERE owner_id = ? AND idempotency_key = ?; "
            + "SELECT u.id, u.kind, u.fiscal_code, u.name, u.registration_number, u.municipality, u.language, u.version, "
            + "u.created_at, u.updated_at, c.id AS c_id, c.kind AS c_kind, c.address AS c_address, c.verified_at AS c_verified_at, "
            + "c.code_hash AS c_code_hash, c.code_expires_at AS c_code_expires_at, c.attempts_left AS c_attempts_left, "
            + "c.created_at AS c_created_at FROM sportello_users u LEFT JOIN sportello_contact_points c ON c.user_id = u.id "
            + "WHERE u.id = ? ORDER BY u.id, c.position; "
            + "SELECT user_id, channel, choice, at, actor, on_behalf_of FROM sportello_consent_events WHERE user_id = ? ORDER BY seq; "
            + "SELECT office, closed_on, reason, created_by, created_at FROM sportello_closures WHERE office = ? "
            + "AND closed_on BETWEEN ? AND ? ORDER BY closed_on";
    private static final String UPSERT = "INSERT INTO sportello_counters (counter_key, counter_value) VALUES (?, 1) "
            + "ON CONFLICT (counter_key) DO UPDATE SET counter_value = sportello_counters.counter_value + 1 "
            + "WHERE sportello_counters.counter_value < ?";
    private static final String WRITES = "WITH w0 AS (INSERT INTO sportello_appointments (id, owner_id, booked_by, office, "
            + "topic, mode, start_at, end_at, zone, local_day, sign_language, operator_id, status, idempotency_key, join_link, "
            + "callback_number, admission_code_hash, admission_attempts, sequence_no, waiting_since, identity_check, assistance, "
            + "outcome, outcome_text, cancel_reason, created_at, updated_at, version) VALUES " + rows(28, 1) + "), "
            + "w1 AS (INSERT INTO sportello_inbox (id, recipient, kind, title, body, content, created_at, read_at, expires_at) "
            + "VALUES " + rows(9, 1) + "), w2 AS (INSERT INTO sportello_messages (id, recipient, channel, kind, language, "
            + "purpose, status, skip_reason, destination, sms_segments, sms_encoding, due_at, provider_id, attempts, created_at, "
            + "updated_at, history) VALUES " + rows(17, 6) + "), w3 AS (INSERT INTO sportello_audit (id, at, actor, "
            + "on_behalf_of, delegation_id, action, object_type, object_id, outcome, error_code, previous_hash, hash) VALUES "
            + rows(12, 1) + "), w4 AS (INSERT INTO sportello_audit_heads (stream, hash) VALUES " + rows(2, 1) + ") "
            + "INSERT INTO sportello_outbox (id, kind, type, payload, due_at, cancel_key, status, attempts, last_error, "
            + "lease_token, lease_until, created_at, updated_at) VALUES " + rows(13, 4) + "; " + UPSERT + "; " + UPSERT;

    private static int sameWrites(Postgres postgres, List<UUID> users, List<String> keys, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AppointmentBookingThroughput.THREADS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < AppointmentBookingThroughput.THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    int mine = 0;
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        UUID user = users.get(thread * 4 + (mine++ & 3));
                        String key = keys.get(i % keys.size());
                        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(key.substring(5))),
                                ZoneOffset.UTC);
                        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                        String idempotencyKey = "same-" + UUID.randomUUID();
                        try (Connection c = postgres.dataSource.getConnection()) {
                            c.setAutoCommit(false);
                            reads(c, user, idempotencyKey);
                            UUID appointment = UUID.randomUUID();
                            List<Object> p = new ArrayList<>(260);
                            p.addAll(List.of(appointment, user, "user:" + user, Offices.ROMA.value(), "SAME", "IN_PERSON", at,
                                    at.plusMinutes(10), "Europe/Rome", AppointmentBookingThroughput.TUESDAY, false));
                            p.add(null);
                            p.addAll(List.of("BOOKED", idempotencyKey));
                            for (int n = 0; n < 3; n++) {
                                p.add(null);
                            }
                            p.addAll(List.of(0, 0));
                            for (int n = 0; n < 6; n++) {
                                p.add(null);
                            }
                            p.addAll(List.of(now, now, 0L));
                            p.addAll(List.of(UUID.randomUUID(), user, "APPOINTMENT_CONFIRMED", "Appuntamento del 24/11/2026 10:00",
                                    "Appuntamento confermato il 24/11/2026 10:00, in sede, presso la sede Roma Tiburtino, per: "
                                    + "Informazioni."));
                            p.add(null);
                            p.add(now);
                            p.add(null);
                            p.add(null);
                            for (int m = 0; m < 6; m++) {
                                p.addAll(List.of(UUID.randomUUID(), user, m < 4 ? "INBOX" : "PUSH", "APPOINTMENT_CONFIRMED", "IT",
                                        "TRANSACTIONAL", m == 1 || m == 2 ? "SKIPPED" : "QUEUED"));
                                p.add(m == 1 || m == 2 ? "NO_VERIFIED_CONTACT" : null);
                                p.add(null);
                                p.add(0);
                                p.add(null);
                                p.add(now);
                                p.add(null);
                                p.addAll(List.of(0, now, now, "QUEUED|" + now));
                            }
                            p.addAll(List.of(UUID.randomUUID(), now, "user:" + user));
                            p.add(null);
                            p.add(null);
                            p.addAll(List.of("APPOINTMENT_BOOKED", "appointment", appointment.toString(), "SUCCEEDED"));
                            p.add(null);
                            p.addAll(List.of("", "hash-" + appointment));
                            p.addAll(List.of("appointment|" + appointment, "hash-" + appointment));
                            for (int o = 0; o < 4; o++) {
                                p.addAll(List.of(UUID.randomUUID(), o == 0 ? "EVENT" : o == 3 ? "TASK" : "MESSAGE", "APPOINTMENT",
                                        "{\"channel\":\"PUSH\",\"recipient\":\"" + user + "\",\"text\":\"Appuntamento confermato\"}",
                                        now));
                                p.add(o >= 2 ? "appointment:" + appointment : null);
                                p.addAll(List.of("PENDING", 0));
                                p.add(null);
                                p.add(null);
                                p.add(null);
                                p.addAll(List.of(now, now));
                            }
                            p.addAll(List.of("same-active:" + user, 1_000_000L, key, (long) AppointmentBookingThroughput.CAPACITY));
                            int[] counts = writes(c, p.toArray());
                            if (counts[1] == 1 && counts[2] == 1) {
                                c.commit();
                                done.incrementAndGet();
                            } else {
                                c.rollback();
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get();
    }

    /** The four reads in one round trip, every row read. */
    private static void reads(Connection c, UUID user, String idempotencyKey) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READS)) {
            Object[] params = {user, idempotencyKey, user, user, Offices.ROMA.value(), AppointmentBookingThroughput.TUESDAY,
                AppointmentBookingThroughput.TUESDAY};
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            boolean rows = ps.execute();
            for (int q = 0; q < 4; q++) {
                if (rows) {
                    try (var rs = ps.getResultSet()) {
                        while (rs.next()) {
                            rs.getObject(1);
                        }
                    }
                }
                rows = ps.getMoreResults();
            }
        }
    }

    /** The writes in one round trip: the update counts of the insert statement and the two counters. */
    private static int[] writes(Connection c, Object[] params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(WRITES)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    ps.setNull(i + 1, java.sql.Types.NULL);
                } else {
                    ps.setObject(i + 1, params[i]);
                }
            }
            int[] counts = new int[3];
            ps.execute();
            for (int s = 0; s < 3; s++) {
                counts[s] = ps.getUpdateCount();
                ps.getMoreResults();
            }
            return counts;
        }
    }

    private static int rawBook(Postgres postgres, List<String> keys, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(AppointmentBookingThroughput.THREADS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        String insert = "INSERT INTO sportello_appointments (id, owner_id, booked_by, office, topic, mode, start_at, end_at, "
                + "zone, local_day, sign_language, status, idempotency_key, admission_attempts, sequence_no, created_at, "
                + "updated_at, version) VALUES (?, ?, ?, 'ROMA-TIBURTINO', 'RAW', 'IN_PERSON', ?, ?, 'Europe/Rome', ?, false, "
                + "'BOOKED', ?, 0, 0, ?, ?, 0)";
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < AppointmentBookingThroughput.THREADS; t++) {
                workers.add(pool.submit(() -> {
                    try (Connection c = postgres.dataSource.getConnection()) {
                        c.setAutoCommit(false);
                        int i;
                        while ((i = next.getAndIncrement()) < count) {
                            String key = keys.get(i % keys.size());
                            OffsetDateTime at = OffsetDateTime.ofInstant(Instant.ofEpochSecond(Long.parseLong(key.substring(4))),
                                    ZoneOffset.UTC);
                            UUID owner = UUID.randomUUID();
                            try (PreparedStatement ps = c.prepareStatement(insert)) {
                                ps.setObject(1, UUID.randomUUID());
                                ps.setObject(2, owner);
                                ps.setString(3, "user:" + owner);
                                ps.setObject(4, at);
                                ps.setObject(5, at.plusMinutes(10));
                                ps.setObject(6, AppointmentBookingThroughput.TUESDAY);
                                ps.setString(7, "raw-" + i);
                                ps.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
                                ps.setObject(9, OffsetDateTime.now(ZoneOffset.UTC));
                                ps.executeUpdate();
                            }
                            int updated;
                            try (PreparedStatement ps = c.prepareStatement("UPDATE sportello_counters SET counter_value = "
                                    + "counter_value + 1 WHERE counter_key = ? AND counter_value < ?")) {
                                ps.setString(1, key);
                                ps.setLong(2, AppointmentBookingThroughput.CAPACITY);
                                updated = ps.executeUpdate();
                            }
                            if (updated == 1) {
                                c.commit();
                                done.incrementAndGet();
                            } else {
                                c.rollback();
                            }
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get();
    }
}
