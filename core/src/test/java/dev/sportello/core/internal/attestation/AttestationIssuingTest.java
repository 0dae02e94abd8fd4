package dev.sportello.core.internal.attestation;

import dev.sportello.ErrorCode;
import dev.sportello.attestation.IssueAttestation;
import dev.sportello.attestation.IssuedAttestation;
import dev.sportello.attestation.QrFormat;
import dev.sportello.attestation.QrImage;
import dev.sportello.attestation.spi.AttestationSigner;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.attestation.verifier.Holder;
import dev.sportello.attestation.verifier.PercentageBand;
import dev.sportello.attestation.verifier.StatusCategory;
import dev.sportello.attestation.verifier.Verdict;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.dossiers.DossierId;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static dev.sportello.core.internal.attestation.AttestationSamples.attested;
import static dev.sportello.core.internal.attestation.AttestationSamples.feed;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** R-DOS-5: issuing, rendering and verifying the QR attestation; its expiry; the bad inputs that store nothing. */
class AttestationIssuingTest {
    private final AttestationSigner anchor = dev.sportello.core.AttestationSettings.inMemorySigner(
            dev.sportello.attestation.spi.SignatureAlgorithm.ES256);
    private final CoreFixture h = new CoreFixture(b -> b.attestations(a -> a.anchor(anchor)));
    private final DossierId id = DossierId.of("INPS-INV-2026-000077");
    private final UserProfile maria = h.citizen();

    @AfterEach
    void close() {
        h.close();
    }

    private long stored() {
        return h.read((Stores s) -> s.get(AttestationStore.class).byDossier(id).size()
                + s.get(AttestationStore.class).allocatedEntries());
    }

    private Verdict verify(String text) {
        return Verifying.verify(h.sdk.attestations(), anchor, text, h.clock.instant());
    }

    @Test
    void aPngRendersTheTokenThatAPhoneDecodesAndTheVerifierAcceptsWithMinimalData() throws Exception {
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, attested(1)));
        IssuedAttestation issued = h.sdk.attestations().issue(as(maria), IssueAttestation.named(id));
        assertThat(issued.qrText()).startsWith("IV1:").matches("[0-9A-Z $%*+\\-./:]+");
        QrImage png = h.sdk.attestations().qr(as(maria), issued.id(), QrFormat.PNG);
        assertThat(png.content()).startsWith(0x89, 'P', 'N', 'G');
        String decoded = Verifying.decodePng(png.content());
        assertThat(decoded).isEqualTo(issued.qrText());
        Verdict verdict = verify(decoded);
        assertThat(verdict).isInstanceOf(Verdict.Valid.class);
        Verdict.Valid valid = (Verdict.Valid) verdict;
        assertThat(valid.keyId()).isEqualToIgnoringCase(issued.keyId());
        assertThat(valid.claims().attestation().category()).isEqualTo(StatusCategory.CIVIL_INVALIDITY);
        assertThat(valid.claims().attestation().band()).isEqualTo(PercentageBand.FROM_74);
        assertThat(valid.claims().attestation().holder()).isInstanceOf(Holder.Named.class);
        Holder.Named holder = (Holder.Named) valid.claims().attestation().holder();
        assertThat(holder.givenName() + " " + holder.familyName()).isEqualTo(maria.name());
        assertThat(holder.birthDate()).isEqualTo(LocalDate.of(1985, 12, 10));
        assertThat(valid.claims().status().uri()).isEqualTo(issued.statusListUri());
        assertThat(valid.claims().status().index()).isEqualTo(issued.statusIndex());
        assertThat(valid.claims().toString()).doesNotContain("inabilità");
        assertThat(h.audit(issued.id())).extracting(e -> e.action()).contains("ATTESTATION_ISSUED");
    }

    @Test
    void theSvgIsOnePathThatDecodesToTheSameText() throws Exception {
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, attested(1)));
        IssuedAttestation issued = h.sdk.attestations().issue(as(maria), IssueAttestation.named(id));
        QrImage svg = h.sdk.attestations().qr(as(maria), issued.id(), QrFormat.SVG);
        String text = new String(svg.content(), StandardCharsets.UTF_8);
        assertThat(text).contains("<svg").containsOnlyOnce("<path");
        int side = svg.modules() + 2 * QrRenderer.QUIET_ZONE;
        assertThat(text).contains("viewBox=\"0 0 " + side + " " + side + "\"");
        assertThat(svg.modules()).isEqualTo(h.sdk.attestations().qr(as(maria), issued.id(), QrFormat.PNG).modules());
        assertThat(Verifying.decodePng(SvgRaster.png(text, side))).isEqualTo(issued.qrText());
    }

    @Test
    void aDocumentReferenceHolderCarriesOnlyTheReference() {
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, attested(1)));
        IssuedAttestation issued = h.sdk.attestations().issue(as(maria),
                IssueAttestation.documentReference(id, "CIE-CA00000AA"));
        Verdict.Valid valid = (Verdict.Valid) verify(issued.qrText());
        assertThat(valid.claims().attestation().holder()).isEqualTo(new Holder.DocumentReference("CIE-CA00000AA"));
    }

    @Test
    void theTokenExpiresAfterTheLifetimeOrAtTheReviewDateIfSooner() {
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, attested(1)));
        IssuedAttestation longLived = h.sdk.attestations().issue(as(maria), IssueAttestation.named(id));
        assertThat(longLived.issuedAt()).isEqualTo(h.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(longLived.expiresAt()).isEqualTo(longLived.issuedAt().plus(Duration.ofDays(180)));
        h.clock.advance(Duration.ofDays(180).plusSeconds(1));
        Verdict late = verify(longLived.qrText());
        assertThat(late).isInstanceOf(Verdict.Expired.class);
        assertThat(((Verdict.Expired) late).notYetValid()).isFalse();

        DossierId soon = DossierId.of("INPS-INV-2026-000078");
        LocalDate review = h.clock.instant().atZone(ZoneId.of("Europe/Rome")).toLocalDate().plusDays(30);
        h.sdk.dossiers().report(PORTAL, feed(soon, maria.id(), 1, AttestationSamples.report(1, 80, review, true)));
        IssuedAttestation reviewed = h.sdk.attestations().issue(as(maria), IssueAttestation.named(soon));
        assertThat(reviewed.expiresAt()).isEqualTo(review.atStartOfDay(ZoneId.of("Europe/Rome")).toInstant());
    }

    @Test
    void aStatusThatIsNotAttestedIsRefusedAndNothingIsStored() {
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, AttestationSamples.report(1, 80, null, false)));
        fails(() -> h.sdk.attestations().issue(as(maria), IssueAttestation.named(id)), ErrorCode.MED_STATUS_NOT_ATTESTED);
        fails(() -> h.sdk.attestations().issue(as(maria), IssueAttestation.named(DossierId.of("NO-SUCH-DOSSIER"))),
                ErrorCode.DOS_NOT_FOUND);
        assertThat(stored()).isZero();
    }

    @Test
    void someoneElsesDossierIsDeniedAndNothingIsStored() {
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, attested(1)));
        UserProfile stranger = h.citizen();
        fails(() -> h.sdk.attestations().issue(as(stranger), IssueAttestation.named(id)), ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.attestations().issue(CoreFixture.BACK_OFFICE, IssueAttestation.named(id)),
                ErrorCode.ACCESS_WRONG_OFFICE);
        assertThat(stored()).isZero();
        IssuedAttestation issued = h.sdk.attestations().issue(CoreFixture.CAGLIARI, IssueAttestation.named(id));
        fails(() -> h.sdk.attestations().qr(as(stranger), issued.id(), QrFormat.PNG), ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.attestations().revoke(as(maria), issued.id(), "not hers to revoke"), ErrorCode.ACCESS_ROLE_REQUIRED);
    }

    @Test
    void badArgumentsAreStableCodes() {
        fails(() -> IssueAttestation.documentReference(id, "no spaces allowed"), ErrorCode.VALUE_INVALID);
        fails(() -> new IssueAttestation(id, dev.sportello.attestation.HolderForm.NAMED, "X1"), ErrorCode.VALUE_INVALID);
        fails(() -> IssueAttestation.named(null), ErrorCode.VALUE_REQUIRED);
        fails(() -> h.sdk.attestations().statusList(0), ErrorCode.ATT_STATUS_LIST_UNKNOWN);
        fails(() -> h.sdk.attestations().statusList(2), ErrorCode.ATT_STATUS_LIST_UNKNOWN);
        fails(() -> h.sdk.attestations().qr(as(maria), dev.sportello.attestation.AttestationId.of(
                "0190a6f0-0000-7000-8000-000000000001"), QrFormat.PNG), ErrorCode.ATT_NOT_FOUND);
    }

    @Test
    void theTrustListIsSignedOnceAnHourNotOnEveryDownload() {
        byte[] first = h.sdk.attestations().trustList();
        h.clock.advance(Duration.ofMinutes(59));
        assertThat(h.sdk.attestations().trustList()).isEqualTo(first);
        h.clock.advance(Duration.ofMinutes(2));
        assertThat(h.sdk.attestations().trustList()).isNotEqualTo(first);
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, attested(1)));
        assertThat(verify(h.sdk.attestations().issue(as(maria), IssueAttestation.named(id)).qrText()).isValid()).isTrue();
    }
}
