package dev.sportello.core.internal.attestation;

import dev.sportello.Principal;
import dev.sportello.attestation.IssueAttestation;
import dev.sportello.attestation.IssuedAttestation;
import dev.sportello.attestation.QrFormat;
import dev.sportello.attestation.QrImage;
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
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.DocSnippets;
import dev.sportello.dossiers.DossierId;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The snippet of docs/attestation-issuing.md is the code between the markers below, and it runs. */
class AttestationDocSnippetTest {
    @Test
    void theDocShowsTheCodeThatRuns() {
        DocSnippets.assertBlockUnderHeading("attestation-issuing.md", "Issue, render, verify", AttestationDocSnippetTest.class);
    }

    @Test
    void theSnippetRuns() {
        AttestationSigner hsmSigner = AttestationSettings.inMemorySigner(SignatureAlgorithm.ES256);
        AttestationSigner hsmAnchor = AttestationSettings.inMemorySigner(SignatureAlgorithm.ES256);
        try (CoreFixture h = new CoreFixture(b -> b.attestations(a -> a.issuer("IT-INPS")
                .statusBaseUri("https://attestazioni.example.it/status").signer(hsmSigner, Instant.EPOCH)
                .anchor(hsmAnchor)))) {
            UserProfile maria = h.citizenWithContacts();
            DossierId dossier = DossierId.of("INPS-INV-2026-000042");
            h.sdk.dossiers().report(CoreFixture.PORTAL, AttestationSamples.feed(dossier, maria.id(), 1,
                    AttestationSamples.attested(1)));
            var sdk = h.sdk;
            Principal holder = CoreFixture.as(maria);
            Principal operator = CoreFixture.CAGLIARI;                        // the managing office
            Instant now = h.clock.instant();
            // docs:start
            IssuedAttestation issued = sdk.attestations().issue(holder, IssueAttestation.named(dossier));
            QrImage png = sdk.attestations().qr(holder, issued.id(), QrFormat.PNG);      // or SVG
            sdk.attestations().email(holder, issued.id());    // ATT_EMAIL_NOT_VERIFIED without a verified address

            // a verifier (sportello-attestation-verifier) downloads both lists and works offline
            TrustAnchor anchor = TrustAnchor.of(CoseAlgorithm.ES256, hsmAnchor.publishedKey());
            TrustList trust = ((Loaded.Accepted<TrustList>) TrustList.load(sdk.attestations().trustList(), anchor, now))
                    .document();
            StatusList status = ((Loaded.Accepted<StatusList>) StatusList.load(sdk.attestations().statusList(1), trust, now))
                    .document();
            Verdict verdict = AttestationVerifier.verify(issued.qrText(), trust, status, now);   // Valid

            sdk.attestations().revoke(operator, issued.id(), "Rilasciato per errore");
            // docs:end
            assertThat(png.modules()).isPositive();
            assertThat(verdict).isInstanceOf(Verdict.Valid.class);
            h.deliver();
            assertThat(h.channels.emails()).anyMatch(m -> !m.attachments().isEmpty()
                    && m.attachments().get(0).contentType().equals("image/png"));
        }
    }
}
