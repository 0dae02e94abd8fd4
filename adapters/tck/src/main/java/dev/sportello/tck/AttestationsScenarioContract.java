package dev.sportello.tck;

import dev.sportello.attestation.IssueAttestation;
import dev.sportello.attestation.IssuedAttestation;
import dev.sportello.attestation.QrFormat;
import dev.sportello.attestation.spi.AttestationSigner;
import dev.sportello.attestation.spi.SignatureAlgorithm;
import dev.sportello.attestation.verifier.AttestationVerifier;
import dev.sportello.attestation.verifier.CoseAlgorithm;
import dev.sportello.attestation.verifier.Loaded;
import dev.sportello.attestation.verifier.StatusList;
import dev.sportello.attestation.verifier.TrustAnchor;
import dev.sportello.attestation.verifier.TrustList;
import dev.sportello.attestation.verifier.Verdict;
import dev.sportello.core.AttestationSettings;
import dev.sportello.dossiers.Benefit;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.IssuingBody;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Region;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The QR attestation over the storage under test (R-DOS-5): a token issued for an attested report verifies against
 * the trust list and the status list the SDK signs; revoked by an operator, or by a new edition that the feed records,
 * it stops verifying; the new edition's token verifies. Not thread-safe: one instance per test.
 */
public abstract class AttestationsScenarioContract extends ScenarioContract {
    private final AttestationSigner anchor = AttestationSettings.inMemorySigner(SignatureAlgorithm.ES256);

    @Override
    protected SdkHarness newHarness() {
        return new SdkHarness(storage, b -> b.attestations(a -> a.anchor(anchor)));
    }

    private static DossierReport feed(DossierId id, UserProfile owner, long sequence, int edition) {
        MedicalReport report = new MedicalReport("VRB-TCK-ATT", edition, MedicalReportKind.DEAFNESS,
                new IssuingBody(IssuerKind.ASL, Region.SARDEGNA), LocalDate.of(2026, 11, 10), LocalDate.of(1970, 5, 5),
                "Sordo", 60, List.of(new Benefit("Indennità di comunicazione", Money.euro("272.82"), LocalDate.of(2026, 3, 1),
                null)), List.of(), List.of(), List.of(), null, false, true);
        return new DossierReport(id, sequence, SdkHarness.START.minus(Duration.ofDays(5)).plus(Duration.ofHours(sequence)),
                DossierKindCode.CIVIL_INVALIDITY, owner.id(), TckOffices.CAGLIARI, DossierStatus.DECIDED, null,
                new DossierOutcome("ACCEPTED", "Sordità riconosciuta", LocalDate.of(2026, 11, 10)), List.of(), List.of(),
                null, report);
    }

    private Verdict verify(String text) {
        TrustList trust = ((Loaded.Accepted<TrustList>) TrustList.load(h.sdk.attestations().trustList(),
                TrustAnchor.of(CoseAlgorithm.ES256, anchor.publishedKey()), h.clock.instant())).document();
        StatusList status = ((Loaded.Accepted<StatusList>) StatusList.load(h.sdk.attestations().statusList(1), trust,
                h.clock.instant())).document();
        return AttestationVerifier.verify(text, trust, status, h.clock.instant());
    }

    @Test
    void aTokenVerifiesUntilItIsRevokedByHandOrByANewEdition() {
        UserProfile maria = h.citizen();
        DossierId id = DossierId.of("INPS-ATT-TCK-1");
        h.sdk.dossiers().report(SdkHarness.PORTAL, feed(id, maria, 1, 1));
        IssuedAttestation first = h.sdk.attestations().issue(SdkHarness.as(maria), IssueAttestation.named(id));
        IssuedAttestation second = h.sdk.attestations().issue(SdkHarness.as(maria),
                IssueAttestation.documentReference(id, "CIE-CA00000AA"));
        assertThat(second.statusIndex()).isNotEqualTo(first.statusIndex());
        assertThat(verify(first.qrText())).isInstanceOf(Verdict.Valid.class);
        assertThat(h.sdk.attestations().qr(SdkHarness.as(maria), first.id(), QrFormat.SVG).modules()).isPositive();

        h.sdk.attestations().revoke(SdkHarness.PORTAL, first.id(), "Issued by mistake");
        assertThat(verify(first.qrText())).isInstanceOf(Verdict.Revoked.class);
        assertThat(verify(second.qrText())).isInstanceOf(Verdict.Valid.class);

        h.sdk.dossiers().report(SdkHarness.PORTAL, feed(id, maria, 2, 2));
        assertThat(verify(second.qrText())).isInstanceOf(Verdict.Revoked.class);
        IssuedAttestation third = h.sdk.attestations().issue(SdkHarness.as(maria), IssueAttestation.named(id));
        assertThat(verify(third.qrText())).isInstanceOf(Verdict.Valid.class);
    }
}
