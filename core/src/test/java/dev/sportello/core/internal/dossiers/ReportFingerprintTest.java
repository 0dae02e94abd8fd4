package dev.sportello.core.internal.dossiers;

import dev.sportello.UserId;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.dossiers.Benefit;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Incompatibility;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.IssuingBody;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.Region;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed's fingerprint: what it tells apart, what it does not, and the earlier form still recognised (R-DOS-1). */
class ReportFingerprintTest {
    private static final DossierId ID = DossierId.of("INJ-2026-0001");
    private static final UserId OWNER = UserId.of("0e0f0000-0000-4000-8000-000000000001");

    private static DossierReport base() {
        return DossierSamples.report(ID, OWNER, TestOffices.CAGLIARI, 4, DossierStatus.DECIDED,
                List.of(DossierSamples.measure("M-1", "P-1")),
                List.of(DossierSamples.payment("P-1", "924.00", PaymentStatus.PAID)));
    }

    private static DossierReport withPayment(DossierReport report, Payment payment) {
        return new DossierReport(report.dossier(), report.sequence(), report.occurredAt(), report.kind(), report.owner(),
                report.office(), report.status(), report.statusNote(), report.outcome(), report.measures(), List.of(payment),
                report.personalData(), report.medicalReport());
    }

    private static DossierReport withPersonalData(DossierReport report, PersonalData data) {
        return new DossierReport(report.dossier(), report.sequence(), report.occurredAt(), report.kind(), report.owner(),
                report.office(), report.status(), report.statusNote(), report.outcome(), report.measures(),
                report.payments(), data, report.medicalReport());
    }

    private static Payment paidBy(PaymentMethod method) {
        Payment p = DossierSamples.payment("P-1", "924.00", PaymentStatus.PAID);
        return new Payment(p.id(), p.period(), p.gross(), p.deductions(), p.net(), p.status(), p.date(), method);
    }

    private static MedicalReport medical(String judgement) {
        return new MedicalReport("VRB-2026-0001", 1, MedicalReportKind.CIVIL_INVALIDITY, new IssuingBody(IssuerKind.ASL, Region.LAZIO),
                LocalDate.of(2026, 11, 10), LocalDate.of(1985, 12, 10), judgement, 100,
                List.of(new Benefit("Pensione di inabilità", Money.euro("336.00"), LocalDate.of(2026, 3, 1), null)),
                List.of(), List.of("Esenzione dal ticket sanitario"),
                List.of(new Incompatibility("Ricovero gratuito", "Non spetta durante il ricovero oltre 30 giorni.")),
                LocalDate.of(2029, 11, 10), true, true);
    }

    @Test
    void anEqualReportHasTheSameFingerprintInTheCurrentShortForm() {
        String fingerprint = ReportFingerprint.of(base());
        assertThat(ReportFingerprint.of(base())).isEqualTo(fingerprint);
        assertThat(fingerprint).startsWith("2:").hasSizeLessThanOrEqualTo(64).matches("2:[A-Za-z0-9_-]{43}");
        assertThat(ReportFingerprint.matches(fingerprint, base())).isTrue();
    }

    @Test
    void theOrderInWhichPersonalDataWasGivenDoesNotMatter() {
        Map<String, String> one = new LinkedHashMap<>();
        one.put("address", "Via Roma 1, Cagliari");
        one.put("phone", "070 000000");
        Map<String, String> other = new LinkedHashMap<>();
        other.put("phone", "070 000000");
        other.put("address", "Via Roma 1, Cagliari");
        Instant asOf = Instant.parse("2026-10-01T00:00:00Z");
        DossierReport a = withPersonalData(base(), new PersonalData(one, asOf));
        DossierReport b = withPersonalData(base(), new PersonalData(other, asOf));
        assertThat(a.toString()).isNotEqualTo(b.toString());   // the text form follows the order given ...
        assertThat(ReportFingerprint.of(a)).isEqualTo(ReportFingerprint.of(b));   // ... the fingerprint does not
        other.put("address", "Via Roma 2, Cagliari");
        assertThat(ReportFingerprint.of(withPersonalData(base(), new PersonalData(other, asOf))))
                .isNotEqualTo(ReportFingerprint.of(a));
    }

    @Test
    void whatTheTextFormMasksStillTellsReportsApart() {
        DossierReport bank = withPayment(base(), paidBy(new PaymentMethod.Account(PaymentMethod.AccountType.BANK,
                "IT60X0542811101000000123456")));
        DossierReport otherBank = withPayment(base(), paidBy(new PaymentMethod.Account(PaymentMethod.AccountType.BANK,
                "IT02L1234512345123456123456")));
        assertThat(bank.toString()).isEqualTo(otherBank.toString());
        assertThat(ReportFingerprint.of(bank)).isNotEqualTo(ReportFingerprint.of(otherBank));

        DossierReport judged = base().withMedicalReport(medical("Invalido al 100%"));
        DossierReport judgedOtherwise = base().withMedicalReport(medical("Invalido al 75%"));
        assertThat(judged.toString()).isEqualTo(judgedOtherwise.toString());
        assertThat(ReportFingerprint.of(judged)).isNotEqualTo(ReportFingerprint.of(judgedOtherwise))
                .isNotEqualTo(ReportFingerprint.of(base()));
    }

    @Test
    void everyKindOfChangeChangesTheFingerprint() {
        DossierReport base = base();
        List<DossierReport> changed = List.of(
                DossierSamples.report(ID, OWNER, TestOffices.CAGLIARI, 5, DossierStatus.DECIDED, base.measures(), base.payments()),
                DossierSamples.report(ID, OWNER, TestOffices.CAGLIARI, 4, DossierStatus.CLOSED, base.measures(), base.payments()),
                DossierSamples.report(ID, OWNER, TestOffices.CAGLIARI, 4, DossierStatus.DECIDED, List.of(), base.payments()),
                DossierSamples.report(ID, OWNER, TestOffices.CAGLIARI, 4, DossierStatus.DECIDED, base.measures(), List.of()),
                withPayment(base, DossierSamples.payment("P-1", "924.01", PaymentStatus.PAID)),
                withPayment(base, DossierSamples.payment("P-1", "924.00", PaymentStatus.RETURNED)),
                withPayment(base, paidBy(new PaymentMethod.PostOfficeCash("Cagliari Centro"))),
                withPayment(base, paidBy(new PaymentMethod.Counter(TestOffices.CAGLIARI))));
        String fingerprint = ReportFingerprint.of(base);
        assertThat(changed).extracting(ReportFingerprint::of).doesNotContain(fingerprint).doesNotHaveDuplicates();
        assertThat(changed).noneMatch(report -> ReportFingerprint.matches(fingerprint, report));
    }

    @Test
    void aFingerprintStoredInTheEarlierFormStillTellsARepeatFromAChange() {
        DossierReport base = base();
        String stored = ReportFingerprint.legacy(base);
        assertThat(stored).matches("[0-9a-f]{64}");
        assertThat(ReportFingerprint.matches(stored, base())).isTrue();
        assertThat(ReportFingerprint.matches(stored, withPayment(base, DossierSamples.payment("P-1", "1.00", PaymentStatus.PAID))))
                .isFalse();
        assertThat(ReportFingerprint.matches(stored, base.withMedicalReport(medical("Invalido al 100%")))).isFalse();
    }

    /**
     * Stored fingerprints must stay valid across releases: the bytes of the walk are a persisted format. These values
     * were computed by the form's first implementation (main at {@code deb994f}, before the walk dispatched per class);
     * a change to the encoding (of names, text, numbers, surrogates, map order) fails here before it turns every stored
     * repeat into {@code DOS_SEQUENCE_REUSED}.
     */
    @Test
    void theCurrentFormIsAStableFormat() {
        DossierReport noted = new DossierReport(ID, 5, base().occurredAt(), base().kind(), OWNER, TestOffices.CAGLIARI,
                DossierStatus.DECIDED, "Rendita liquidata \u00e8 pronta \uD83D\uDE00 \u20ac", null, List.of(),
                List.of(paidBy(new PaymentMethod.Account(PaymentMethod.AccountType.BANK, "IT60X0542811101000000123456"))), null);
        assertThat(ReportFingerprint.of(base())).isEqualTo("2:1gIqly5OdbK7E0XMAmwr1l4fAVdJGxkVrKpRdTb63Kc");
        assertThat(ReportFingerprint.of(noted)).isEqualTo("2:rEOZmbO5eus5-Kja8H1MG12_uGILMCXjw5cquo7mIeA");
        Map<String, String> data = new LinkedHashMap<>();
        data.put("phone", "070 000000");
        data.put("address", "Via Roma 1, Cagliari");
        DossierReport withData = withPersonalData(base(), new PersonalData(data, Instant.parse("2026-10-01T00:00:00Z")));
        assertThat(ReportFingerprint.of(withData)).isEqualTo("2:F_IHjLcavJjrY1kW5QZhffEN7rcD44QrLnwrOVroOaA");
        assertThat(ReportFingerprint.of(base().withMedicalReport(medical("Invalido al 100%")))).isEqualTo("2:FROcZc0touiXYWqePKEIA7O_p-7FrdtT1I_m74pUmNM");
    }
}
