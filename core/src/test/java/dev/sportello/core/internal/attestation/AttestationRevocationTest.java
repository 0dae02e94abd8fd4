package dev.sportello.core.internal.attestation;

import dev.sportello.ErrorCode;
import dev.sportello.Principal;
import dev.sportello.attestation.IssueAttestation;
import dev.sportello.attestation.IssuedAttestation;
import dev.sportello.attestation.QrFormat;
import dev.sportello.attestation.spi.AttestationSigner;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.attestation.spi.SignatureAlgorithm;
import dev.sportello.attestation.verifier.Verdict;
import dev.sportello.core.AttestationSettings;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.dossiers.DossierId;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.EmailMessage;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.sportello.core.internal.attestation.AttestationSamples.attested;
import static dev.sportello.core.internal.attestation.AttestationSamples.feed;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** R-DOS-5: revocation by hand and by a new edition, key rotation, status-list roll-over, the e-mail. */
class AttestationRevocationTest {
    private final AttestationSigner anchor = AttestationSettings.inMemorySigner(SignatureAlgorithm.ES256);
    private final AttestationSigner first = AttestationSettings.inMemorySigner(SignatureAlgorithm.ES256);
    private final CoreFixture h = new CoreFixture(b -> b.attestations(a -> a.anchor(anchor).signer(first, Instant.EPOCH)));
    private final DossierId id = DossierId.of("INPS-INV-2026-000079");
    private final UserProfile maria = h.citizen();
    private CoreFixture rotated;

    @AfterEach
    void close() {
        h.close();
        if (rotated != null) {
            rotated.close();
        }
    }

    private Verdict verify(CoreFixture fixture, String text) {
        return Verifying.verify(fixture.sdk.attestations(), anchor, text, fixture.clock.instant());
    }

    @Test
    void anOperatorOfTheManagingOfficeRevokesAndTheTokenStopsVerifying() {
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, attested(1)));
        IssuedAttestation kept = h.sdk.attestations().issue(as(maria), IssueAttestation.named(id));
        IssuedAttestation withdrawn = h.sdk.attestations().issue(as(maria), IssueAttestation.named(id));
        h.sdk.attestations().revoke(CoreFixture.CAGLIARI, withdrawn.id(), "Rilasciato per errore");
        assertThat(verify(h, withdrawn.qrText())).isInstanceOf(Verdict.Revoked.class);
        assertThat(verify(h, kept.qrText())).isInstanceOf(Verdict.Valid.class);
        fails(() -> h.sdk.attestations().revoke(CoreFixture.CAGLIARI, withdrawn.id(), "again"), ErrorCode.ATT_REVOKED);
        fails(() -> h.sdk.attestations().qr(as(maria), withdrawn.id(), QrFormat.PNG), ErrorCode.ATT_REVOKED);
        fails(() -> h.sdk.attestations().revoke(CoreFixture.CAGLIARI, kept.id(), " "), ErrorCode.VALIDATION_FAILED);
        h.sdk.attestations().revoke(PORTAL, kept.id(), "Revoked by the back end");
        assertThat(verify(h, kept.qrText())).isInstanceOf(Verdict.Revoked.class);
        assertThat(h.audit(withdrawn.id())).extracting(e -> e.action()).contains("ATTESTATION_REVOKED");
    }

    @Test
    void aNewEditionOfTheReportRevokesTheOldTokensInTheFeedsTransaction() {
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, attested(1)));
        IssuedAttestation old = h.sdk.attestations().issue(as(maria), IssueAttestation.named(id));
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 2, attested(1)));        // the same edition again: nothing
        assertThat(verify(h, old.qrText())).isInstanceOf(Verdict.Valid.class);
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 3, attested(2)));
        assertThat(verify(h, old.qrText())).isInstanceOf(Verdict.Revoked.class);
        IssuedAttestation fresh = h.sdk.attestations().issue(as(maria), IssueAttestation.named(id));
        assertThat(verify(h, fresh.qrText())).isInstanceOf(Verdict.Valid.class);
        assertThat(h.read((Stores s) -> s.get(AttestationStore.class).find(old.id()).orElseThrow().revocation()))
                .isEqualTo("REPLACED_BY_EDITION_2");
    }

    @Test
    void aReportWhoseStatusIsNoLongerAttestedRevokesEveryTokenAndRefusesNewOnes() {
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, attested(1)));
        IssuedAttestation old = h.sdk.attestations().issue(as(maria), IssueAttestation.named(id));
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 2, AttestationSamples.report(2, 80, null, false)));
        assertThat(verify(h, old.qrText())).isInstanceOf(Verdict.Revoked.class);
        fails(() -> h.sdk.attestations().issue(as(maria), IssueAttestation.named(id)), ErrorCode.MED_STATUS_NOT_ATTESTED);
    }

    @Test
    void afterARotationOldTokensKeepVerifyingAndNewOnesAreSignedByTheNewKey() {
        h.sdk.dossiers().report(PORTAL, feed(id, maria.id(), 1, attested(1)));
        IssuedAttestation before = h.sdk.attestations().issue(as(maria), IssueAttestation.named(id));
        Instant rotation = h.clock.instant().plus(Duration.ofDays(1));
        AttestationSigner second = AttestationSettings.inMemorySigner(SignatureAlgorithm.ED25519);
        rotated = new CoreFixture(storage -> h.storage, b -> b.attestations(a -> a.anchor(anchor).signer(second, rotation)
                .previousKey(new AttestationSettings.PublishedKey(SignatureAlgorithm.ES256, first.publishedKey(),
                        Instant.EPOCH, rotation))));
        rotated.clock.set(rotation.plus(Duration.ofHours(1)));
        IssuedAttestation after = rotated.sdk.attestations().issue(as(maria), IssueAttestation.named(id));
        assertThat(after.keyId()).isNotEqualTo(before.keyId());
        Verdict old = verify(rotated, before.qrText());
        assertThat(old).isInstanceOf(Verdict.Valid.class);
        assertThat(((Verdict.Valid) old).keyId()).isEqualToIgnoringCase(before.keyId());
        Verdict fresh = verify(rotated, after.qrText());
        assertThat(((Verdict.Valid) fresh).keyId()).isEqualToIgnoringCase(after.keyId());
        assertThat(after.statusIndex()).isEqualTo(before.statusIndex() + 1);
    }

    @Test
    void aFullStatusListRollsToTheNextOne() {
        CoreFixture small = new CoreFixture(b -> b.attestations(a -> a.anchor(anchor).listSize(8)));
        try {
            UserProfile holder = small.citizen();
            small.sdk.dossiers().report(PORTAL, feed(id, holder.id(), 1, attested(1)));
            IssuedAttestation last = null;
            for (int i = 0; i < 9; i++) {
                last = small.sdk.attestations().issue(as(holder), IssueAttestation.named(id));
            }
            assertThat(last.statusListUri()).endsWith("/status/2");
            assertThat(last.statusIndex()).isZero();
            assertThat(small.sdk.attestations().statusList(2)).isNotEmpty();
            fails(() -> small.sdk.attestations().statusList(3), ErrorCode.ATT_STATUS_LIST_UNKNOWN);
        } finally {
            small.close();
        }
    }

    @Test
    void theEmailCarriesThePngToTheVerifiedAddressAfterCommit() throws Exception {
        UserProfile anna = h.citizenWithContacts();
        h.sdk.dossiers().report(PORTAL, feed(id, anna.id(), 1, attested(1)));
        IssuedAttestation issued = h.sdk.attestations().issue(as(anna), IssueAttestation.named(id));
        h.deliver();
        h.channels.clear();
        h.sdk.attestations().email(as(anna), issued.id());
        assertThat(h.channels.emails()).isEmpty();
        h.deliver();
        List<EmailMessage> sent = h.channels.emails();
        assertThat(sent).hasSize(1);
        EmailAttachment png = sent.get(0).attachments().get(0);
        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(Verifying.decodePng(png.content())).isEqualTo(issued.qrText());
        assertThat(sent.get(0).text()).contains(issued.expiresAt().atZone(java.time.ZoneId.of("Europe/Rome")).toLocalDate().toString());

        Principal noEmail = as(maria);
        DossierId other = DossierId.of("INPS-INV-2026-000080");
        h.sdk.dossiers().report(PORTAL, feed(other, maria.id(), 1, attested(1)));
        IssuedAttestation hers = h.sdk.attestations().issue(noEmail, IssueAttestation.named(other));
        fails(() -> h.sdk.attestations().email(noEmail, hers.id()), ErrorCode.ATT_EMAIL_NOT_VERIFIED);
    }
}
