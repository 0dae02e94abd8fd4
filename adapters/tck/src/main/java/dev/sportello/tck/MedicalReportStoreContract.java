package dev.sportello.tck;

import dev.sportello.UserId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Benefit;
import dev.sportello.medical.GuideInteraction.GuideEvent;
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
import dev.sportello.spi.Stores;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of {@link MedicalReportStore}: every field of a report round-trips (nulls, notes and texts with quotes,
 * newlines and non-Latin letters included), a put replaces the dossier's report (keeping its notice when the new
 * record has none), a notice is attached only to the edition it announces, counters add up per key and are
 * read by week, and a rolled-back transaction leaves nothing. Not thread-safe: one instance per test.
 */
public abstract class MedicalReportStoreContract extends StorageContract {
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00.123456Z").truncatedTo(ChronoUnit.MICROS);

    private static MedicalReport full(int edition) {
        return new MedicalReport("VRB/2026.0042-" + edition, edition, MedicalReportKind.BLINDNESS,
                new IssuingBody(IssuerKind.INSTITUTION_COMMISSION, Region.BOLZANO), LocalDate.of(2026, 11, 10),
                LocalDate.of(1950, 2, 28), "Cieco assoluto: \"totale\"\nriconosciuto — ÄÖÜ ß", 100,
                List.of(new Benefit("Indennità di accompagnamento", Money.euro("1023.24"), LocalDate.of(2026, 3, 1), "nota {x}"),
                        new Benefit("Pensione", new Money(new BigDecimal("0.00"), Currency.getInstance("EUR")),
                                LocalDate.of(2026, 4, 1), null)),
                List.of("Detrazione IRPEF", "IVA al 4%"), List.of("Obbligo: comunicare i ricoveri"),
                List.of(new Incompatibility("Ricovero", "Non spetta durante il ricovero gratuito")), null, true, false);
    }

    private static MedicalReport bare() {
        return new MedicalReport("VRB-1", 1, MedicalReportKind.HANDICAP_LAW_104, new IssuingBody(IssuerKind.ASL, Region.LAZIO),
                LocalDate.of(2026, 1, 10), LocalDate.of(2010, 1, 1), "Handicap grave", null, List.of(), List.of(), List.of(),
                List.of(), LocalDate.of(2028, 1, 10), false, true);
    }

    private static MedicalReportRecord record(DossierId dossier, MedicalReport report, Integer replaced, NoticeId notice) {
        return new MedicalReportRecord(dossier, new UserId(UUID.randomUUID()), new OfficeCode("CAGLIARI"), report, replaced,
                AT, AT.plus(183, ChronoUnit.DAYS), notice);
    }

    @Test
    void everyFieldRoundTripsAndAPutReplacesTheDossiersReport() {
        DossierId dossier = DossierId.of("MED-" + UUID.randomUUID().toString().substring(0, 8));
        MedicalReportRecord first = record(dossier, bare(), null, null);
        tx((Stores s) -> {
            s.get(MedicalReportStore.class).put(first);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).find(dossier))).contains(first);
        MedicalReportRecord second = record(dossier, full(2), 1, new NoticeId(UUID.randomUUID()));
        tx((Stores s) -> {
            s.get(MedicalReportStore.class).put(second);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).find(dossier))).contains(second);
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).find(DossierId.of("MED-NONE")))).isEmpty();
    }

    @Test
    void aNoticeIsAttachedOnlyToTheEditionItAnnouncesAndAPutWithoutNoticeKeepsTheStoredOne() {
        DossierId dossier = DossierId.of("MED-N-" + UUID.randomUUID().toString().substring(0, 8));
        NoticeId first = new NoticeId(UUID.randomUUID());
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).attachNotice(dossier, 1, first))).isFalse();
        tx((Stores s) -> {
            s.get(MedicalReportStore.class).put(record(dossier, bare(), null, null));
            return null;
        });
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).attachNotice(dossier, 2, first))).isFalse();
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).find(dossier))).hasValueSatisfying(r ->
                assertThat(r.notice()).isNull());
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).attachNotice(dossier, 1, first))).isTrue();
        tx((Stores s) -> {
            s.get(MedicalReportStore.class).put(record(dossier, full(2), 1, null));   // a re-issue, not yet announced
            return null;
        });
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).find(dossier))).hasValueSatisfying(r -> {
            assertThat(r.report().edition()).isEqualTo(2);
            assertThat(r.notice()).isEqualTo(first);                                    // kept, to be withdrawn
        });
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).attachNotice(dossier, 1, new NoticeId(UUID.randomUUID()))))
                .isFalse();
        NoticeId second = new NoticeId(UUID.randomUUID());
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).attachNotice(dossier, 2, second))).isTrue();
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).find(dossier)).orElseThrow().notice()).isEqualTo(second);
    }

    @Test
    void countersAddUpPerKeyAndAreReadByWeek() {
        LocalDate week = LocalDate.of(2026, 11, 23);
        OfficeCode office = new OfficeCode("CAGLIARI");
        tx((Stores s) -> {
            MedicalReportStore store = s.get(MedicalReportStore.class);
            store.increment(new GuideTally(week, office, GuideEvent.SCENE_VIEWED, "benefits", 0));
            store.increment(new GuideTally(week, office, GuideEvent.SCENE_VIEWED, "benefits", 99));
            store.increment(new GuideTally(week, office, GuideEvent.COMPLETED, "", 0));
            store.increment(new GuideTally(week.plusWeeks(1), office, GuideEvent.SCENE_VIEWED, "benefits", 0));
            return null;
        });
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).between(week, week))).containsExactlyInAnyOrder(
                new GuideTally(week, office, GuideEvent.SCENE_VIEWED, "benefits", 2),
                new GuideTally(week, office, GuideEvent.COMPLETED, "", 1));
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).between(week, week.plusWeeks(1)))).hasSize(3);
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).between(week.minusWeeks(2), week.minusWeeks(1)))).isEmpty();
    }

    @Test
    void aRolledBackTransactionLeavesNothing() {
        DossierId dossier = DossierId.of("MED-RB-" + UUID.randomUUID().toString().substring(0, 8));
        LocalDate week = LocalDate.of(2027, 1, 4);
        assertThatThrownBy(() -> tx((Stores s) -> {
            s.get(MedicalReportStore.class).put(record(dossier, full(1), null, null));
            s.get(MedicalReportStore.class).increment(new GuideTally(week, new OfficeCode("ROMA"), GuideEvent.POPUP_OPENED, "amounts", 0));
            throw new IllegalStateException("rolled back on purpose");
        })).isInstanceOf(RuntimeException.class);
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).find(dossier))).isEmpty();
        assertThat(tx((Stores s) -> s.get(MedicalReportStore.class).between(week, week))).isEmpty();
    }
}
