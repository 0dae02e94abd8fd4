package dev.sportello.benchmarks;

import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.AppointmentTopic;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.SportelloSdk;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Booking throughput with 64 threads on 10 hot slots, on memory and on PostgreSQL (synchronous_commit
 * on), beside a raw-JDBC baseline in the same run that does the minimum a safe booking needs: a
 * conditional {@code UPDATE} of the slot's counter and the appointment row, in one transaction. Every
 * run is checked for overbooking (seats taken = appointments booked ≤ capacity for each slot), and a
 * final race of 64 threads for 3 last seats must book exactly 3. A second baseline does, with plain JDBC,
 * the same reads and writes as the SDK, to separate the SDK's own cost from the work a booking needs.
 * Options: {@code -Dthreads=64 -Dbookings=12800 -Dpool=16 -Dmemory=true -Draw=true -DpgStats=false}. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.AppointmentBookingThroughput}.
 */
public final class AppointmentBookingThroughput {
    private static final int THREADS = Integer.getInteger("threads", 64);
    private static final int BOOKINGS = Integer.getInteger("bookings", 12_800);
    private static final int POOL = Integer.getInteger("pool", 16);
    private static final int SLOTS = 10;
    private static final int CAPACITY = 10_000;
    private static final OfficeCode ROMA = Offices.ROMA;
    /** Monday 23 November 2026, 08:00 in Rome; the hot slots are on Tuesday 09:00-10:40. */
    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final AppointmentTopic HOT = new AppointmentTopic("HOT", "Informazioni", InformationLevel.FIRST);
    private static final AppointmentTopic LAST = new AppointmentTopic("LAST_SEATS", "Ultimi posti", InformationLevel.FIRST);

    private AppointmentBookingThroughput() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args ignored
     * @throws Exception on failure, or on any overbooking
     */
    public static void main(String[] args) throws Exception {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        System.out.printf("Appointment booking: %d bookings by %d threads on %d slots of %d seats%n", BOOKINGS, THREADS,
                SLOTS, CAPACITY);
        if (Boolean.parseBoolean(System.getProperty("memory", "true"))) {
            double memory = sdkRun(new MemoryStorage(), "memory", BOOKINGS);
            System.out.printf("memory      SDK booking : %,8.0f bookings/s%n", memory);
        }
        if (!Boolean.parseBoolean(System.getProperty("postgres", "true"))) {
            return;
        }
        try (Postgres postgres = new Postgres(POOL)) {
            boolean baselines = Boolean.parseBoolean(System.getProperty("raw", "true"));
            double raw = baselines ? rawRun(postgres) : Double.NaN;
            double same = baselines ? sameWritesRun(postgres) : Double.NaN;
            postgres.resetStatements();
            double sdk = sdkRun(postgres.storage, "postgresql", BOOKINGS);
            postgres.printTopStatements("SDK booking");
            System.out.printf("postgresql  SDK booking : %,8.0f bookings/s (synchronous_commit=%s)%n", sdk,
                    postgres.setting("synchronous_commit"));
            System.out.printf("postgresql  raw conditional update + insert : %,8.0f bookings/s   SDK/raw = %.2f%n", raw,
                    sdk / raw);
            System.out.printf("postgresql  raw, the SDK's reads and writes  : %,8.0f bookings/s   SDK/raw = %.2f%n", same,
                    sdk / same);
            System.out.println("goal: SDK >= 50% of the raw conditional-update baseline; no overbooking (checked above)");
        }
    }

    private static MemoryOfficeDirectory directory() {
        return MemoryOfficeDirectory.builder()
                .office(new Office(ROMA, "Roma Tiburtino", Office.ROME, WeeklyHours.weekdays("08:00-18:00"),
                        MonthDay.of(6, 29)), "H501")
                .calendar(new BookingCalendar(ROMA, HOT, WeeklyHours.weekdays("09:00-10:40"), Duration.ofMinutes(10),
                        Map.of(ContactMode.IN_PERSON, CAPACITY), Duration.ofHours(1), 30))
                .calendar(new BookingCalendar(ROMA, LAST, WeeklyHours.weekdays("11:00-11:30"), Duration.ofMinutes(30),
                        Map.of(ContactMode.IN_PERSON, 3), Duration.ofHours(1), 30))
                .build();
    }

    private static List<Instant> hotSlots() {
        List<Instant> slots = new ArrayList<>();
        for (int i = 0; i < SLOTS; i++) {
            slots.add(LocalDateTime.of(TUESDAY, java.time.LocalTime.of(9, 0)).plusMinutes(10L * i)
                    .atZone(Office.ROME).toInstant());
        }
        return slots;
    }

    /**
     * Books {@code bookings} seats on the hot slots after a warm-up, checks that no slot is overbooked and
     * that a race for 3 last seats lets exactly 3 through; fails otherwise.
     *
     * @return bookings per second of the measured part
     */
    static double sdkRun(UnitOfWork storage, String label, int bookings) throws Exception {
        try (SportelloSdk sdk = SportelloSdk.builder().unitOfWork(storage).officeDirectory(directory())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .appointmentSettings(AppointmentSettings.defaults().withMaxActivePerTopic(100))
                .build()) {
            List<UserId> users = new ArrayList<>();
            for (int i = 0; i < THREADS * 4 + 64; i++) {
                users.add(sdk.users().register(Principal.service("bench"), new RegisterCitizen(Identities.next(),
                        "Maria Rossi", new MunicipalityCode("H501"), Language.IT)).id());
            }
            List<Instant> slots = hotSlots();
            // warm-up, then the measured run
            int warm = book(sdk, users, slots, THREADS * 20, 0);
            if (warm != THREADS * 20) {
                throw new IllegalStateException((THREADS * 20 - warm) + " warm-up bookings failed");
            }
            AtomicLong failures = new AtomicLong();
            long cpu = busyCpuMillis();
            long jvm = jvmCpuMillis();
            long start = System.nanoTime();
            int booked = book(sdk, users, slots, bookings, THREADS * 20, failures);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  %s SDK: %.2f ms of machine CPU per booking, %.2f ms of it in this JVM%n", label,
                    (double) (busyCpuMillis() - cpu) / booked, (double) (jvmCpuMillis() - jvm) / booked);
            if (failures.get() > 0) {
                throw new IllegalStateException(failures.get() + " bookings failed");
            }
            checkNoOverbooking(sdk, slots, booked + THREADS * 20, label);
            lastSeatsRace(sdk, users.subList(THREADS * 4, THREADS * 4 + 64), label);
            return booked / seconds;
        }
    }

    private static int book(SportelloSdk sdk, List<UserId> users, List<Instant> slots, int count, int offset) throws Exception {
        return book(sdk, users, slots, count, offset, new AtomicLong());
    }

    /** {@code count} bookings by THREADS threads, round-robin over the slots, four users per thread. */
    private static int book(SportelloSdk sdk, List<UserId> users, List<Instant> slots, int count, int offset,
                            AtomicLong failures) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    go.await();
                    int i;
                    int mine = 0;
                    while ((i = next.getAndIncrement()) < count) {
                        UserId user = users.get(thread * 4 + (mine++ & 3));
                        Instant slot = slots.get((i + offset) % slots.size());
                        try {
                            sdk.appointments().book(Principal.user(user, Credential.SPID_L2), new BookAppointment(
                                    "bench-" + UUID.randomUUID(), ROMA, HOT.code(), ContactMode.IN_PERSON, slot, false));
                            done.incrementAndGet();
                        } catch (SportelloException e) {
                            failures.incrementAndGet();
                            System.out.println("  booking failed: " + e.getMessage());
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> w : workers) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        return done.get();
    }

    /** Seats taken per slot must equal the appointments booked in it, and never pass the capacity. */
    private static void checkNoOverbooking(SportelloSdk sdk, List<Instant> slots, int booked, String label) {
        Map<Instant, Long> perSlot = new HashMap<>();
        sdk.appointments().agenda(Principal.service("bench"), ROMA, TUESDAY).stream()
                .filter(a -> a.topic().equals(HOT.code()) && a.status() == AppointmentStatus.BOOKED)
                .forEach(a -> perSlot.merge(a.start(), 1L, Long::sum));
        long total = perSlot.values().stream().mapToLong(Long::longValue).sum();
        var availability = sdk.appointments().availability(Principal.service("bench"), new dev.sportello.appointments
                .AvailabilityQuery(ROMA, HOT.code(), ContactMode.IN_PERSON, TUESDAY, TUESDAY, false));
        for (Instant slot : slots) {
            long rows = perSlot.getOrDefault(slot, 0L);
            long seatsTaken = availability.slots().stream().filter(s -> s.start().equals(slot)).findFirst().orElseThrow()
                    .seats() - availability.slots().stream().filter(s -> s.start().equals(slot)).findFirst().orElseThrow().remaining();
            if (rows != seatsTaken || rows > CAPACITY) {
                throw new IllegalStateException(label + ": OVERBOOKING at " + slot + ": " + rows + " appointments, "
                        + seatsTaken + " seats taken, capacity " + CAPACITY);
            }
        }
        if (total != booked) {
            throw new IllegalStateException(label + ": " + total + " appointments for " + booked + " successful bookings");
        }
        System.out.printf("  %s: %,d appointments in %d slots, seats taken = appointments in every slot%n", label, total,
                slots.size());
    }

    /** 64 threads race for the 3 seats of a slot: exactly 3 must win. */
    private static void lastSeatsRace(SportelloSdk sdk, List<UserId> users, String label) throws Exception {
        Instant slot = LocalDateTime.of(TUESDAY, java.time.LocalTime.of(11, 0)).atZone(Office.ROME).toInstant();
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        CountDownLatch go = new CountDownLatch(1);
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        try {
            List<Future<?>> racers = new ArrayList<>();
            for (UserId user : users) {
                racers.add(pool.submit(() -> {
                    go.await();
                    String outcome;
                    try {
                        Appointment a = sdk.appointments().book(Principal.user(user, Credential.SPID_L2), new BookAppointment(
                                "race-" + UUID.randomUUID(), ROMA, LAST.code(), ContactMode.IN_PERSON, slot, false));
                        outcome = a.status().name();
                    } catch (SportelloException e) {
                        outcome = e.code().name();
                    }
                    outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> r : racers) {
                r.get();
            }
        } finally {
            pool.shutdown();
        }
        int won = outcomes.getOrDefault("BOOKED", new AtomicInteger()).get();
        int full = outcomes.getOrDefault("APT_SLOT_FULL", new AtomicInteger()).get();
        if (won != 3 || full != users.size() - 3) {
            throw new IllegalStateException(label + ": OVERBOOKING in the last-seats race: " + outcomes);
        }
        System.out.printf("  %s: %d threads raced for 3 last seats: %s%n", label, users.size(), outcomes);
    }

    /**
     * The baseline: per booking, one transaction with the appointment row and then the conditional
     * update of the slot's counter (last, as the SDK does, so the hot row is locked only until commit).
     */
    private static double rawRun(Postgres postgres) throws Exception {
        postgres.exec("INSERT INTO sportello_counters (counter_key, counter_value) VALUES ('raw:warm', 0) ON CONFLICT DO NOTHING");
        List<String> keys = new ArrayList<>();
        for (Instant slot : hotSlots()) {
            String key = "raw:" + slot.getEpochSecond();
            keys.add(key);
            postgres.exec("INSERT INTO sportello_counters (counter_key, counter_value) VALUES ('" + key + "', 0) ON CONFLICT DO NOTHING");
        }
        rawBook(postgres, keys, THREADS * 20);
        long cpu = busyCpuMillis();
        long start = System.nanoTime();
        int booked = rawBook(postgres, keys, BOOKINGS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  raw: %,d bookings, %.2f ms of machine CPU per booking%n", booked,
                (double) (busyCpuMillis() - cpu) / booked);
        return booked / seconds;
    }

    /**
     * The second baseline: plain JDBC doing what the SDK does for an in-person booking, statement for
     * statement — four reads (idempotency key, closures, the user with contacts, consents), the user's
     * active-bookings counter, the appointment, one statement for the inbox notice, six message records, the
     * audit entry and four outbox entries, then the slot's counter — without the SDK's Java work.
     */
    private static double sameWritesRun(Postgres postgres) throws Exception {
        List<UUID> users = new ArrayList<>();
        try (SportelloSdk sdk = SportelloSdk.builder().unitOfWork(postgres.storage).officeDirectory(directory()).build()) {
            for (int i = 0; i < THREADS * 4; i++) {
                users.add(sdk.users().register(Principal.service("bench"), new RegisterCitizen(Identities.next(),
                        "Maria Rossi", new MunicipalityCode("H501"), Language.IT)).id().value());
            }
        }
        List<String> keys = new ArrayList<>();
        for (Instant slot : hotSlots()) {
            keys.add("same:" + slot.getEpochSecond());
        }
        sameWrites(postgres, users, keys, THREADS * 20);
        long cpu = busyCpuMillis();
        long start = System.nanoTime();
        int booked = sameWrites(postgres, users, keys, BOOKINGS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  raw, same reads and writes: %,d bookings, %.2f ms of machine CPU per booking%n", booked,
                (double) (busyCpuMillis() - cpu) / booked);
        return booked / seconds;
    }

    private static int sameWrites(Postgres postgres, List<UUID> users, List<String> keys, int count) throws Exception {
        String row9 = "(?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String row13 = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String row17 = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String appends = "WITH w0 AS (INSERT INTO sportello_inbox (id, recipient, kind, title, body, content, created_at, read_at, "
                + "expires_at) VALUES " + row9 + "), w1 AS (INSERT INTO sportello_messages (id, recipient, channel, kind, language, "
                + "purpose, status, skip_reason, destination, sms_segments, sms_encoding, due_at, provider_id, attempts, created_at, "
                + "updated_at, history) VALUES " + String.join(", ", java.util.Collections.nCopies(6, row17)) + "), w2 AS ("
                + "INSERT INTO sportello_audit (id, at, actor, on_behalf_of, action, object_type, object_id, outcome, error_code) "
                + "VALUES " + row9 + ") INSERT INTO sportello_outbox (id, kind, type, payload, due_at, cancel_key, status, attempts, "
                + "last_error, lease_token, lease_until, created_at, updated_at) VALUES "
                + String.join(", ", java.util.Collections.nCopies(4, row13));
        String upsert = "INSERT INTO sportello_counters (counter_key, counter_value) VALUES (?, 1) ON CONFLICT (counter_key) "
                + "DO UPDATE SET counter_value = sportello_counters.counter_value + 1 WHERE sportello_counters.counter_value < ? "
                + "RETURNING counter_value";
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
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
                        try (Connection c = postgres.pool.getConnection()) {
                            c.setAutoCommit(false);
                            query(c, "SELECT id FROM sportello_appointments WHERE owner_id = ? AND idempotency_key = ?", user,
                                    idempotencyKey);
                            query(c, "SELECT closed_on, reason FROM sportello_closures WHERE office = ? AND closed_on BETWEEN ? AND ?",
                                    ROMA.value(), TUESDAY, TUESDAY);
                            query(c, "SELECT u.id, u.name, u.language, c.id, c.kind, c.address, c.verified_at FROM sportello_users u "
                                    + "LEFT JOIN sportello_contact_points c ON c.user_id = u.id WHERE u.id = ? ORDER BY c.position", user);
                            query(c, "SELECT channel, choice, at FROM sportello_consent_events WHERE user_id = ? ORDER BY seq", user);
                            query(c, upsert, "same-active:" + user, 1_000_000L);
                            UUID appointment = UUID.randomUUID();
                            update(c, "INSERT INTO sportello_appointments (id, owner_id, booked_by, office, topic, mode, start_at, "
                                    + "end_at, zone, local_day, sign_language, status, idempotency_key, admission_attempts, sequence_no, "
                                    + "created_at, updated_at, version) VALUES (?, ?, ?, ?, 'SAME', 'IN_PERSON', ?, ?, 'Europe/Rome', ?, "
                                    + "false, 'BOOKED', ?, 0, 0, ?, ?, 0)", appointment, user, "user:" + user, ROMA.value(), at,
                                    at.plusMinutes(10), TUESDAY, idempotencyKey, now, now);
                            List<Object> p = new ArrayList<>(List.of(UUID.randomUUID(), user, "APPOINTMENT_CONFIRMED",
                                    "Appuntamento del 24/11/2026 10:00", "Appuntamento confermato il 24/11/2026 10:00, in sede, "
                                    + "presso la sede Roma Tiburtino, per: Informazioni."));
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
                                p.addAll(List.of(now, "x"));
                                p.set(p.size() - 1, null);
                                p.addAll(List.of(0, now, now, "QUEUED|" + now));
                            }
                            p.addAll(List.of(UUID.randomUUID(), now, "user:" + user));
                            p.add(null);
                            p.addAll(List.of("APPOINTMENT_BOOKED", "appointment", appointment.toString(), "SUCCEEDED"));
                            p.add(null);
                            for (int o = 0; o < 4; o++) {
                                p.addAll(List.of(UUID.randomUUID(), o == 0 ? "EVENT" : o == 3 ? "TASK" : "MESSAGE", "APPOINTMENT",
                                        "channel=PUSH;recipient=" + user + ";text=Appuntamento confermato", now));
                                p.add(o >= 2 ? "appointment:" + appointment : null);
                                p.addAll(List.of("PENDING", 0));
                                p.add(null);
                                p.add(null);
                                p.add(null);
                                p.addAll(List.of(now, now));
                            }
                            update(c, appends, p.toArray());
                            if (query(c, upsert, key, (long) CAPACITY)) {
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

    private static boolean query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (var rs = ps.executeQuery()) {
                boolean any = false;
                while (rs.next()) {
                    any = true;
                }
                return any;
            }
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    /** CPU time of this JVM, in milliseconds. */
    private static long jvmCpuMillis() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : 0;
    }

    /** Busy CPU time of the whole machine (all cores) from /proc/stat, in milliseconds; 0 elsewhere. */
    private static long busyCpuMillis() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * 10; // USER_HZ is 100 on Linux
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static int rawBook(Postgres postgres, List<String> keys, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        String insert = "INSERT INTO sportello_appointments (id, owner_id, booked_by, office, topic, mode, start_at, end_at, "
                + "zone, local_day, sign_language, status, idempotency_key, admission_attempts, sequence_no, created_at, "
                + "updated_at, version) VALUES (?, ?, ?, 'ROMA-TIBURTINO', 'RAW', 'IN_PERSON', ?, ?, 'Europe/Rome', ?, false, "
                + "'BOOKED', ?, 0, 0, ?, ?, 0)";
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    try (Connection c = postgres.pool.getConnection()) {
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
                                ps.setObject(6, TUESDAY);
                                ps.setString(7, "raw-" + i);
                                ps.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
                                ps.setObject(9, OffsetDateTime.now(ZoneOffset.UTC));
                                ps.executeUpdate();
                            }
                            int updated;
                            try (PreparedStatement ps = c.prepareStatement("UPDATE sportello_counters SET counter_value = "
                                    + "counter_value + 1 WHERE counter_key = ? AND counter_value < ?")) {
                                ps.setString(1, key);
                                ps.setLong(2, CAPACITY);
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
