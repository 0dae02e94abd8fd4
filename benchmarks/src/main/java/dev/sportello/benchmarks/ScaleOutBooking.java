package dev.sportello.benchmarks;

import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.adapters.memory.MemoryOfficeDirectory;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.AppointmentTopic;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.BookingCalendar;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.InformationLevel;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.Slot;
import dev.sportello.core.SportelloSdk;
import dev.sportello.offices.Office;
import dev.sportello.offices.WeeklyHours;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RegisterCitizen;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The booking half of {@link ScaleOutBenchmark}: every node books, round-robin, the 10 hot slots of one
 * morning, which have fewer seats in all than the nodes ask for, so that the nodes really race for the last
 * seats; {@link #check} then counts the appointments per slot. Sizes: {@link ScaleOutSizes}.
 *
 * <p>Stateless; its methods are safe to call from any thread.
 */
final class ScaleOutBooking {
    /** Monday 23 November 2026, 08:00 in Rome, as in {@link AppointmentBookingThroughput}. */
    private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
    private static final AppointmentTopic TOPIC = new AppointmentTopic(new TopicCode("SCALE_OUT"), "Informazioni",
            InformationLevel.FIRST);

    private ScaleOutBooking() {
    }

    /** The SDK of a node: the benchmark's office with the hot calendar, the clock fixed on Monday morning. */
    static SportelloSdk sdk(UnitOfWork storage, int seats) {
        MemoryOfficeDirectory directory = MemoryOfficeDirectory.builder()
                .office(new Office(Offices.ROMA, "Roma Tiburtino", Office.ROME, WeeklyHours.weekdays("08:00-18:00"),
                        MonthDay.of(6, 29)), "H501")
                .calendar(new BookingCalendar(Offices.ROMA, TOPIC, WeeklyHours.weekdays("09:00-10:40"),
                        Duration.ofMinutes(10), Map.of(ContactMode.IN_PERSON, seats), Duration.ofHours(1), 30))
                .build();
        return SportelloSdk.builder().serviceGrants(BenchServices.GRANTS).unitOfWork(storage).officeDirectory(directory)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .appointments(a -> a.maxActivePerTopic(ScaleOutSizes.MAX_ACTIVE))
                .build();
    }

    /** The 10 hot slots of a day, 09:00 to 10:30 in Rome. */
    static List<Instant> slots(LocalDate day) {
        List<Instant> slots = new ArrayList<>();
        for (Instant tuesday : AppointmentBookingThroughput.hotSlots()) {
            slots.add(tuesday.plus(Duration.between(AppointmentBookingThroughput.TUESDAY.atStartOfDay(Office.ROME),
                    day.atStartOfDay(Office.ROME))));
        }
        return slots;
    }

    /** Books the warm-up's seats on Wednesday's slots (never full), so that the measured run starts warm. */
    static void warmUp(SportelloSdk sdk, ScaleOutSizes sizes, List<UserId> users, int node) throws Exception {
        int[] outcome = book(sdk, users, slots(AppointmentBookingThroughput.TUESDAY.plusDays(1)), sizes.bookingWarmup(),
                sizes.bookingThreads(), node);
        if (outcome[0] != sizes.bookingWarmup()) {
            throw new IllegalStateException("warm-up: " + outcome[1] + " of " + sizes.bookingWarmup() + " bookings found no seat");
        }
    }

    /** Books the node's attempts on Tuesday's hot slots; returns {booked, refused because full}. */
    static int[] book(SportelloSdk sdk, ScaleOutSizes sizes, List<UserId> users, int node) throws Exception {
        return book(sdk, users, slots(AppointmentBookingThroughput.TUESDAY), sizes.attemptsOf(node), sizes.bookingThreads(),
                node);
    }

    /**
     * {@code count} bookings by {@code threads} threads, round-robin over the slots and the users by booking
     * number. A refusal other than {@code APT_SLOT_FULL} fails the run: it would measure an error path.
     */
    private static int[] book(SportelloSdk sdk, List<UserId> users, List<Instant> slots, int count, int threads,
                              int node) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger full = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < count) {
                        try {
                            sdk.appointments().book(Principal.user(users.get(i % users.size()), Credential.SPID_L2),
                                    new BookAppointment("scale-" + node + "-" + UUID.randomUUID(), Offices.ROMA,
                                            TOPIC.code(), ContactMode.IN_PERSON, slots.get(i % slots.size()),
                                            Interpretation.NONE));
                            booked.incrementAndGet();
                        } catch (SportelloException e) {
                            if (e.code() != ErrorCode.APT_SLOT_FULL) {
                                throw new IllegalStateException("booking refused with " + e.code(), e);
                            }
                            full.incrementAndGet();
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
        return new int[]{booked.get(), full.get()};
    }

    /**
     * What the booking race measured.
     *
     * @param bookingsPerSecond   successful bookings per second, both processes together
     * @param attemptsPerSecond   attempts (booked or refused as full) per second
     * @param appointmentsPerSlot the booked appointments of each hot slot
     */
    record Outcome(double bookingsPerSecond, double attemptsPerSecond, long[] appointmentsPerSlot) {
    }

    /**
     * Registers the users, starts the booking processes, lets them race from the start barrier and checks
     * the slots; fails on any overbooking.
     */
    static Outcome run(Postgres postgres, String url, Path dir, ScaleOutSizes sizes) throws Exception {
        int nodes = sizes.bookingNodes();
        System.out.printf("%d booking process(es), %d threads and %d connections each, %,d attempts in all on %d slots of %d "
                        + "seats (%,d seats in all):%n", nodes, sizes.bookingThreads(), sizes.bookingPool(), sizes.attempts(),
                ScaleOutSizes.SLOTS, sizes.seats(), ScaleOutSizes.SLOTS * sizes.seats());
        try (SportelloSdk sdk = sdk(postgres.storage, sizes.seats())) {
            for (int node = 0; node < nodes; node++) {
                List<String> users = new ArrayList<>();
                for (int u = 0; u < sizes.bookingUsers(); u++) {
                    users.add(sdk.users().register(Principal.service("bench"), new RegisterCitizen(Identities.next(),
                            "Maria Rossi", new MunicipalityCode("H501"), Language.IT)).id().toString());
                }
                Files.write(dir.resolve("users-" + node + ".txt"), users, StandardCharsets.UTF_8);
            }
            List<String> lines;
            double seconds;
            String cpuPerAttempt;
            try (NodeProcesses processes = NodeProcesses.start("book", nodes, url, dir, sizes)) {
                CpuShares cpu = CpuShares.start(postgres);
                postgres.resetStatements();
                long start = System.nanoTime();
                processes.sendAll("go");
                lines = processes.awaitAll("booked ");
                seconds = (System.nanoTime() - start) / 1e9;
                cpuPerAttempt = cpu.end(lines.stream().mapToLong(l -> Long.parseLong(l.split(" ")[4])).sum())
                        .per(sizes.attempts(), "attempt");
                postgres.printPerOperation(nodes + " booking process(es)", sizes.attempts(), "booking attempt");
            }
            long booked = 0;
            long full = 0;
            List<String> perNode = new ArrayList<>();
            for (String line : lines) {
                String[] f = line.split(" ");
                booked += Long.parseLong(f[1]);
                full += Long.parseLong(f[2]);
                perNode.add(String.format("%,d booked / %,d full", Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
            long[] perSlot = check(sdk, sizes.seats(), booked);
            System.out.printf("  %,d booked and %,d refused as full in %.2f s = %,.0f bookings/s, %,.0f attempts/s; %s; per "
                    + "process %s%n", booked, full, seconds, booked / seconds, (booked + full) / seconds, cpuPerAttempt,
                    perNode);
            System.out.printf("  appointments per slot %s, seats per slot %d: no slot overbooked, every slot full%n",
                    Arrays.toString(perSlot), sizes.seats());
            return new Outcome(booked / seconds, (booked + full) / seconds, perSlot);
        }
    }

    /**
     * Counts the booked appointments of each hot slot: never more than its seats, as many as its counter
     * says are taken, and in all as many as the nodes booked; fails otherwise. The nodes ask for more seats
     * than each slot has (see {@link ScaleOutSizes}), so every slot must also be full: a seat lost to a
     * failed race would show here.
     *
     * @return the appointments per slot, in slot order
     */
    static long[] check(SportelloSdk sdk, int seatsPerSlot, long bookedByNodes) {
        List<Instant> slots = slots(AppointmentBookingThroughput.TUESDAY);
        long[] perSlot = new long[slots.size()];
        for (Appointment a : sdk.appointments().agenda(Principal.service("bench"), Offices.ROMA,
                AppointmentBookingThroughput.TUESDAY)) {
            if (a.topic().equals(TOPIC.code()) && a.status() == AppointmentStatus.BOOKED) {
                perSlot[slots.indexOf(a.start())]++;
            }
        }
        List<Slot> availability = sdk.appointments().availability(Principal.service("bench"),
                new AvailabilityQuery(Offices.ROMA, TOPIC.code(), ContactMode.IN_PERSON, AppointmentBookingThroughput.TUESDAY,
                        AppointmentBookingThroughput.TUESDAY, Interpretation.NONE)).slots();
        long total = 0;
        for (int s = 0; s < slots.size(); s++) {
            Instant slot = slots.get(s);
            Slot seats = availability.stream().filter(a -> a.start().equals(slot)).findFirst().orElseThrow();
            long taken = seats.seats() - seats.remaining();
            if (perSlot[s] > seatsPerSlot || perSlot[s] != taken) {
                throw new IllegalStateException("OVERBOOKING at " + slot + ": " + perSlot[s] + " appointments, " + taken
                        + " seats taken, " + seatsPerSlot + " seats");
            }
            total += perSlot[s];
        }
        if (total != bookedByNodes) {
            throw new IllegalStateException(total + " appointments for " + bookedByNodes + " bookings the nodes made");
        }
        if (Arrays.stream(perSlot).anyMatch(n -> n != seatsPerSlot)) {
            throw new IllegalStateException("slots not full although the nodes asked for more: " + Arrays.toString(perSlot));
        }
        return perSlot;
    }
}
