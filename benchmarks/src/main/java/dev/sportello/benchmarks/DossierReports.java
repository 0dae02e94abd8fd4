package dev.sportello.benchmarks;

import dev.sportello.UserId;
import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentPeriod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.offices.OfficeCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A seeded stream of dossier reports as a system of record sends them: each dossier opened (received),
 * taken in charge, decided with an outcome and a scheduled payment, then the payment paid and the next
 * one scheduled; dossiers arrive in waves, so a batch holds reports of many dossiers. About 10% of the
 * reports arrive a second time (a little later) and 5% overtake the report before them (which then
 * arrives stale).
 *
 * <p>Not thread-safe.
 */
final class DossierReports {
    /** Reports per dossier before repeats. */
    static final int STEPS = 4;
    private static final int WAVE = 2_000;
    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
    private static final List<String> IBANS = List.of("IT60X0542811101000000123456",
            "IT40S0542811101000000123456");

    private DossierReports() {
    }

    /** Enough distinct dossiers for about {@code reports} reports once repeats are added. */
    static int dossiersFor(int reports) {
        return Math.max(1, (int) Math.round(reports / 1.10 / STEPS));
    }

    /** The owner of the n-th of {@code owners} users: the same UUID as {@code md5('owner' || n)::uuid} in SQL. */
    static UserId owner(int n) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(("owner" + n).getBytes(StandardCharsets.UTF_8));
            long hi = 0;
            long lo = 0;
            for (int i = 0; i < 8; i++) {
                hi = hi << 8 | (md5[i] & 0xff);
                lo = lo << 8 | (md5[i + 8] & 0xff);
            }
            return new UserId(new UUID(hi, lo));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static DossierId dossier(int n) {
        return DossierId.of("INAIL/2026/" + String.format("%08d", n));
    }

    /**
     * The reports, in arrival order.
     *
     * @param count  how many (about)
     * @param owners how many owners the dossiers are spread over
     * @param seed   the seed
     * @return the reports
     */
    static List<DossierReport> generate(int count, int owners, long seed) {
        Random random = new Random(seed);
        int dossiers = dossiersFor(count);
        List<DossierReport> ordered = new ArrayList<>(count + count / 10);
        for (int wave = 0; wave < dossiers; wave += WAVE) {
            int end = Math.min(dossiers, wave + WAVE);
            for (int step = 1; step <= STEPS; step++) {
                List<DossierReport> stage = new ArrayList<>(end - wave);
                for (int d = wave; d < end; d++) {
                    stage.add(report(d, owners, step));
                }
                Collections.shuffle(stage, random);
                ordered.addAll(stage);
            }
        }
        overtake(ordered, random);
        return withRepeats(ordered, random);
    }

    /** 5% of the reports change places with the same dossier's report before (3 in 4 have one: 1 in 15 of those). */
    private static void overtake(List<DossierReport> reports, Random random) {
        Map<DossierId, Integer> last = new java.util.HashMap<>();
        List<int[]> swaps = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            Integer previous = last.put(reports.get(i).dossier(), i);
            if (previous != null && random.nextInt(300) < 20) {
                swaps.add(new int[]{previous, i});
                last.remove(reports.get(i).dossier());   // a report is swapped at most once
            }
        }
        for (int[] s : swaps) {
            Collections.swap(reports, s[0], s[1]);
        }
    }

    /** 10% of the reports come again, up to 3,000 reports later. */
    private static List<DossierReport> withRepeats(List<DossierReport> reports, Random random) {
        TreeMap<Integer, List<DossierReport>> later = new TreeMap<>();
        List<DossierReport> out = new ArrayList<>(reports.size() + reports.size() / 9);
        for (int i = 0; i < reports.size(); i++) {
            out.add(reports.get(i));
            if (random.nextInt(100) < 10) {
                later.computeIfAbsent(i + 1 + random.nextInt(3_000), k -> new ArrayList<>()).add(reports.get(i));
            }
            List<DossierReport> due = later.remove(i);
            if (due != null) {
                out.addAll(due);
            }
        }
        later.values().forEach(out::addAll);
        return out;
    }

    private static DossierReport report(int d, int owners, int step) {
        DossierId id = dossier(d);
        UserId owner = owner(d % owners);
        OfficeCode office = new OfficeCode(Offices.OFFICES.get(d % Offices.OFFICES.size())[0]);
        DossierKindCode kind = d % 3 == 0 ? DossierKindCode.OCCUPATIONAL_DISEASE : DossierKindCode.WORKPLACE_INJURY;
        Instant at = T0.plus(Duration.ofMinutes(d % 100_000L)).plus(Duration.ofDays(step * 7L));
        return switch (step) {
            case 1 -> DossierReport.header(id, 1, at, kind, owner, office, DossierStatus.RECEIVED);
            case 2 -> new DossierReport(id, 2, at, kind, owner, office, DossierStatus.IN_PROGRESS, "In istruttoria", null,
                    List.of(), List.of(), null);
            case 3 -> new DossierReport(id, 3, at, kind, owner, office, DossierStatus.DECIDED, null, outcome(d), List.of(),
                    List.of(payment(d, 1, PaymentStatus.SCHEDULED)), null);
            default -> new DossierReport(id, 4, at, kind, owner, office, DossierStatus.DECIDED, null, outcome(d), List.of(),
                    List.of(payment(d, 1, PaymentStatus.PAID), payment(d, 2, PaymentStatus.SCHEDULED)), null);
        };
    }

    private static DossierOutcome outcome(int d) {
        return new DossierOutcome("ACCEPTED", "Indennità riconosciuta per " + (20 + d % 60) + " giorni", LocalDate.of(2026, 2, 1));
    }

    private static Payment payment(int d, int month, PaymentStatus status) {
        Money gross = Money.euro((800 + d % 900) + "." + String.format("%02d", d % 100));
        Money tax = Money.euro((150 + d % 100) + ".00");
        Money net = new Money(gross.amount().subtract(tax.amount()), gross.currency());
        LocalDate from = LocalDate.of(2026, month, 1);
        return new Payment("P-" + month, new PaymentPeriod(from, from.plusMonths(1).minusDays(1)), gross,
                List.of(new Deduction("Ritenuta IRPEF", tax)), net, status, from.plusMonths(1).withDayOfMonth(10),
                new PaymentMethod.Account(PaymentMethod.AccountType.BANK, IBANS.get(d % IBANS.size())));
    }
}
