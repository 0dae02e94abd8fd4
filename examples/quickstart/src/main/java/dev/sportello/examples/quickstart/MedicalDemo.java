package dev.sportello.examples.quickstart;

import dev.sportello.Credential;
import dev.sportello.Principal;
import dev.sportello.core.MedicalSettings;
import dev.sportello.core.SportelloSdk;
import dev.sportello.dossiers.Benefit;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Incompatibility;
import dev.sportello.dossiers.IssuerKind;
import dev.sportello.dossiers.IssuingBody;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.MedicalReportKind;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Region;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.medical.CallToActionId;
import dev.sportello.medical.Guide;
import dev.sportello.medical.GuideLink;
import dev.sportello.users.UserProfile;

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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.sportello.examples.quickstart.Demo.say;
import static dev.sportello.examples.quickstart.Demo.step;

/**
 * The medical-reports part of the quickstart (issue 11): the institution's records service reports Lucia's
 * civil-invalidity assessment through the dossier feed; the notice and the personalised guide follow.
 */
final class MedicalDemo {
    /** The institution's system of record for assessments, a service granted {@code DOSSIER_FEED}. */
    static final String RECORDS = "inps-records";
    static final DossierId DOSSIER = DossierId.of("INPS-INV-2026-000042");
    /** The attestations' signing key and the trust list's anchor: an HSM or KMS in production. */
    private static final AttestationSigner SIGNER = AttestationSettings.inMemorySigner(SignatureAlgorithm.ES256);
    private static final AttestationSigner ANCHOR = AttestationSettings.inMemorySigner(SignatureAlgorithm.ES256);

    private MedicalDemo() {
    }

    /** Where the guide's calls to action lead; a call to action without a link is not shown. */
    static void links(MedicalSettings.Builder m) {
        m.link(CallToActionId.QR_CODE, "https://servizi.example.it/attestazione")
                .link(CallToActionId.DISABILITY_CARD, "https://servizi.example.it/carta-disabilita")
                .link(CallToActionId.DISABILITY_PORTAL, "https://servizi.example.it/disabilita")
                .link(CallToActionId.SOCIAL_SECURITY_FILE, "https://servizi.example.it/fascicolo")
                .link(CallToActionId.IDENTITY_DELEGATION, "https://servizi.example.it/delega-identita")
                .link(CallToActionId.ONLINE_MAILBOX, "https://servizi.example.it/cassetta-postale");
    }

    /** The attestation's issuer, status lists and keys. */
    static void attestations(AttestationSettings.Builder a) {
        a.issuer("IT-INPS").statusBaseUri("https://attestazioni.example.it/status")
                .signer(SIGNER, Quickstart.NOW.minusSeconds(86_400)).anchor(ANCHOR);
    }

    /** Step 6: the report, through the feed, and what she reads of it. */
    static void run(SportelloSdk sdk, UserProfile holder, Clock clock) {
        step("6. The institution reports her medical report through the dossier feed (R-DOS-4)");
        MedicalReport report = new MedicalReport("VRB-2026-0042", 1, MedicalReportKind.CIVIL_INVALIDITY,
                new IssuingBody(IssuerKind.ASL, Region.LAZIO), LocalDate.of(2026, 11, 10), LocalDate.of(1980, 1, 1),
                "Invalida con totale e permanente inabilità lavorativa", 100,
                List.of(new Benefit("Indennità di accompagnamento", Money.euro("542.02"), LocalDate.of(2026, 12, 1), null)),
                List.of("Detrazione IRPEF per le spese mediche e di assistenza"),
                List.of("Comunicare ogni ricovero in struttura pubblica entro 30 giorni"),
                List.of(new Incompatibility("Ricovero gratuito",
                        "L'indennità non spetta durante il ricovero a carico dello Stato oltre 30 giorni.")),
                LocalDate.of(2029, 11, 10), true, true);
        ReportResult result = sdk.dossiers().report(Principal.service(RECORDS), new DossierReport(DOSSIER, 1,
                Instant.parse("2026-11-20T10:15:00Z"), DossierKindCode.CIVIL_INVALIDITY, holder.id(), Quickstart.ROMA,
                DossierStatus.DECIDED, null, new DossierOutcome("ACCEPTED", "Invalidità riconosciuta",
                LocalDate.of(2026, 11, 10)), List.of(), List.of(), null, report));
        say("feed: %s", result);                // its notice goes out after commit (step 7)

        Principal lucia = Principal.user(holder.id(), Credential.SPID_L2);
        Guide guide = sdk.medicalReports().guide(lucia, DOSSIER);
        say("guide \"%s\" (%s variant), %d scenes, available until %s", guide.title(), guide.variant(),
                guide.scenes().size(), guide.availableUntil());
        say("calls to action she is entitled to: %s",
                guide.callsToAction().stream().map(GuideLink::id).map(CallToActionId::key).toList());
        say("the guide's accessible text (for screen readers), first lines:");
        sdk.medicalReports().guideText(lucia, DOSSIER).lines().limit(12).forEach(line -> say("  | %s", line));
        attestation(sdk, lucia, clock);
    }

    /** Step 6b (R-DOS-5): the QR attestation, verified offline with the verifier artifact; then a revoked one. */
    private static void attestation(SportelloSdk sdk, Principal lucia, Clock clock) {
        step("6b. She downloads the QR code attesting her status; a shop verifies it offline");
        IssuedAttestation issued = sdk.attestations().issue(lucia, IssueAttestation.named(DOSSIER));
        QrImage png = sdk.attestations().qr(lucia, issued.id(), QrFormat.PNG);
        Path file = Path.of("target", "attestazione-qr.png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        say("attestation %s, key id %s, valid until %s", issued.id(), issued.keyId(), issued.expiresAt());
        say("QR text: %d characters (%s…); PNG of %d x %d modules, %d bytes, saved as %s", issued.qrText().length(),
                issued.qrText().substring(0, 12), png.modules(), png.modules(), png.content().length, file);

        // the shop's side: only sportello-attestation-verifier (the JDK), the anchor key, and two downloaded lists
        Instant now = clock.instant();
        TrustList trust = accepted(TrustList.load(sdk.attestations().trustList(),
                TrustAnchor.of(CoseAlgorithm.ES256, ANCHOR.publishedKey()), now));
        StatusList status = accepted(StatusList.load(sdk.attestations().statusList(1), trust, now));
        Verdict verdict = AttestationVerifier.verify(issued.qrText(), trust, status, now);
        say("the shop's verifier: %s", verdict.isValid() ? "VALID — " + ((Verdict.Valid) verdict).claims() : verdict);

        Principal anna = Principal.operator(RequestsDemo.ANNA, Credential.CIE);
        sdk.attestations().revoke(anna, issued.id(), "Rilasciato per errore");
        StatusList fresh = accepted(StatusList.load(sdk.attestations().statusList(1), trust, now));
        say("after the office revokes it, the next status list says: %s",
                AttestationVerifier.verify(issued.qrText(), trust, fresh, now));
        IssuedAttestation again = sdk.attestations().issue(lucia, IssueAttestation.named(DOSSIER));
        say("a new one verifies again: %s", AttestationVerifier.verify(again.qrText(), trust, fresh, now).isValid());
    }

    private static <T> T accepted(Loaded<T> loaded) {
        if (loaded instanceof Loaded.Accepted<T> accepted) {
            return accepted.document();
        }
        throw new IllegalStateException("a signed list was refused: " + loaded);
    }
}
