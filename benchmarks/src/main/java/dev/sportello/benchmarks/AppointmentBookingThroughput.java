package dev.sportello.benchmarks;

import dev.sportello.Credential;
import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
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
import dev.sportello.appointments.Interpretation;
import dev.sportello.core.SportelloSdk;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
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
 * Each PostgreSQL run prints its round trips per booking (counted at the JDBC driver) and, with
 * {@code -DpgStats=true}, its statements per booking (pg_stat_statements), over the measured part only.
 * Options: {@code -Dthreads=64 -Dbookings=12800 -Dpool=16 -Dmemory=true -DwarmupRounds=3 -Draw=true -DpgStats=false}. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.AppointmentBookingThroughput}.
 */
public final class AppointmentBookingThroughput {
    static final int THREADS = Integer.getInteger("threads", 64);
    static final int BOOKINGS = Integer.getInteger("bookings", 12_800);
    private static final int POOL = Integer.getInteger("pool", 16);
    /** Whole memory runs made and discarded before the measured one. */
    private static final int WARMUP_ROUNDS = Integer.getInteger("warmupRounds", 3);
    /** PostgreSQL rounds, each on a fresh database with the three loops side by side; medians printed for more than one. */
    private static final int ROUNDS = Integer.getInteger("rounds", 1);
    private static final int SLOTS = 10;
    static final int CAPACITY = 10_000;
    private static final OfficeCode ROMA = Offices.ROMA;
    /** Monday 23 November 2026, 08:00 in Rome; the hot slots are on Tuesday 09:00-10:40. */
    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final AppointmentTopic HOT = new AppointmentTopic(new TopicCode("HOT"), "Informazioni", InformationLevel.FIRST);
    private static final AppointmentTopic LAST = new AppointmentTopic(new TopicCode("LAST_SEATS"), "Ultimi posti", InformationLevel.FIRST);

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
            // whole throw-away runs on fresh storages first: the JIT needs more than one run's warm-up
            for (int round = 1; round <= WARMUP_ROUNDS; round++) {
                System.out.printf("memory      warm-up run %d: %,8.0f bookings/s (not counted)%n", round,
                        sdkRun(new MemoryStorage(), null, "memory warm-up", BOOKINGS));
            }
            double memory = sdkRun(new MemoryStorage(), null, "memory", BOOKINGS);
            System.out.printf("memory      SDK booking : %,8.0f bookings/s%n", memory);
        }
        if (!Boolean.parseBoolean(System.getProperty("postgres", "true"))) {
            return;
        }
        List<double[]> ratios = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {   // each round on a fresh database: raw, same work, SDK
            if (ROUNDS > 1) {
                System.out.printf("postgresql round %d of %d%n", round, ROUNDS);
            }
            try (Postgres postgres = new Postgres(POOL, true)) {
                boolean baselines = Boolean.parseBoolean(System.getProperty("raw", "true"));
                double raw = baselines ? BookingBaselines.rawRun(postgres) : Double.NaN;
                double same = baselines ? BookingBaselines.sameWritesRun(postgres) : Double.NaN;
                double sdk = sdkRun(postgres.storage, postgres, "postgresql", BOOKINGS);
                postgres.printTopStatements("SDK booking, measured part");
                System.out.printf("postgresql  SDK booking : %,8.0f bookings/s (synchronous_commit=%s)%n", sdk,
                        postgres.setting("synchronous_commit"));
                System.out.printf("postgresql  raw conditional update + insert : %,8.0f bookings/s   SDK/raw = %.2f (goal >= 0.5: %s)%n",
                        raw, sdk / raw, sdk / raw >= 0.5 ? "met" : "not met");
                System.out.printf("postgresql  raw, the SDK's reads and writes  : %,8.0f bookings/s   SDK/raw = %.2f (goal >= 0.9: %s)%n",
                        same, sdk / same, sdk / same >= 0.9 ? "met" : "not met");
                System.out.println("ratios measured side by side in this run; no overbooking in any run (checked above)");
                ratios.add(new double[]{sdk / raw, sdk / same});
            }
        }
        if (ROUNDS > 1) {
            System.out.printf("postgresql  medians of %d rounds: SDK/minimal raw = %.2f, SDK/same work = %.2f%n", ROUNDS,
                    median(ratios, 0), median(ratios, 1));
        }
    }

    private static double median(List<double[]> rows, int column) {
        return Medians.of(rows.stream().mapToDouble(r -> r[column]).toArray());
    }

    static MemoryOfficeDirectory directory() {
        return MemoryOfficeDirectory.builder()
                .office(new Office(ROMA, "Roma Tiburtino", Office.ROME, WeeklyHours.weekdays("08:00-18:00"),
                        MonthDay.of(6, 29)), "H501")
                .calendar(new BookingCalendar(ROMA, HOT, WeeklyHours.weekdays("09:00-10:40"), Duration.ofMinutes(10),
                        Map.of(ContactMode.IN_PERSON, CAPACITY), Duration.ofHours(1), 30))
                .calendar(new BookingCalendar(ROMA, LAST, WeeklyHours.weekdays("11:00-11:30"), Duration.ofMinutes(30),
                        Map.of(ContactMode.IN_PERSON, 3), Duration.ofHours(1), 30))
                .build();
    }

    static List<Instant> hotSlots() {
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
    static double sdkRun(UnitOfWork storage, Postgres postgres, String label, int bookings) throws Exception {
        try (SportelloSdk sdk = SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(storage).officeDirectory(directory())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .appointments(a -> a.maxActivePerTopic(100))
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
            if (postgres != null) {
                postgres.startCounting();
            }
            long cpu = CpuTime.machineBusyMillis();
            long jvm = CpuTime.jvmMillis();
            long start = System.nanoTime();
            int booked = book(sdk, users, slots, bookings, THREADS * 20, failures);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("  %s SDK: %.2f ms of machine CPU per booking, %.2f ms of it in this JVM%n", label,
                    (double) (CpuTime.machineBusyMillis() - cpu) / booked, (double) (CpuTime.jvmMillis() - jvm) / booked);
            if (postgres != null) {
                postgres.printPerOperation(label + " SDK", booked);
            }
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

    /**
     * {@code count} bookings by THREADS threads, round-robin over the slots and over the users (by booking
     * number, so that a thread that runs more often does not push one user past the active-bookings limit).
     */
    private static int book(SportelloSdk sdk, List<UserId> users, List<Instant> slots, int count, int offset,
                            AtomicLong failures) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        UserId user = users.get((i + offset) % (THREADS * 4));
                        Instant slot = slots.get((i + offset) % slots.size());
                        try {
                            sdk.appointments().book(Principal.user(user, Credential.SPID_L2), new BookAppointment(
                                    "bench-" + UUID.randomUUID(), ROMA, HOT.code(), ContactMode.IN_PERSON, slot, Interpretation.NONE));
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
                .AvailabilityQuery(ROMA, HOT.code(), ContactMode.IN_PERSON, TUESDAY, TUESDAY, Interpretation.NONE));
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
                                "race-" + UUID.randomUUID(), ROMA, LAST.code(), ContactMode.IN_PERSON, slot, Interpretation.NONE));
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

}
