package dev.sportello.core.internal.authz;

import dev.sportello.Channel;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestFiles;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationRequested;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DocumentUpload;
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
import dev.sportello.feedback.FeedbackEntry;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.notifications.CallToAction;
import dev.sportello.notifications.DevicePlatform;
import dev.sportello.notifications.DeviceView;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.RegisterDevice;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Section;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.UserProfile;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.cie;

/**
 * The party whose objects the matrix's calls target, with one of each: a request with an attachment (taken in charge
 * by Roma's back-office operator), an appointment, a dossier with a payment and a document, a proactive notice with
 * calls to action, a queued message, an app installation, a contact point waiting for its code, a delegation it gave,
 * a pending delegation (offered to it, or for a company offered by it), a waitlist entry and a suggestion.
 *
 * <p>The citizen owner lives in Rome; the company has its seat there. Not thread-safe: one per world.
 *
 * @param user     the party
 * @param request  its request, in charge of {@link CoreFixture#BACK_OFFICE}, who asked the party a question
 * @param appointment its appointment at Roma, booked in person for Tuesday
 * @param dossier  its dossier, managed by Roma
 * @param document the dossier's document
 * @param notice   its proactive notice
 * @param message  its SMS queued for tomorrow
 * @param device   its app installation
 * @param contact  its e-mail address waiting for the verification code
 * @param given    an active delegation it gave
 * @param offered  a pending delegation, with its acceptance code
 * @param entry    its waitlist entry for the one-seat calendar on Tuesday
 * @param feedback its rating of the service, with a suggestion
 * @param receipt  the provider id of an SMS sent to it
 * @param attestation an attestation of its dossier's medical report, issued by Roma's back office
 */
record MatrixParty(UserProfile user, Request request, Appointment appointment, DossierId dossier, DocumentId document,
                   InboxNotice notice, MessageView message, DeviceView device, ContactPoint contact, Delegation given,
                   DelegationRequested offered, WaitlistEntry entry, FeedbackEntry feedback, String receipt,
                   dev.sportello.attestation.AttestationId attestation) {
    /** The call to action of the proactive notice that the matrix clicks. */
    static final String CALL_TO_ACTION = "qr-code";
    private static final String IBAN = "IT60X0542811101000000123456";

    /**
     * The citizen owner and their objects.
     *
     * @param h the fixture
     * @return the party
     */
    static MatrixParty citizen(CoreFixture h) {
        UserProfile owner = h.citizenWithContacts();
        UserProfile trusted = h.citizen();
        UserProfile offering = h.citizen();
        Delegation given = h.accepted(owner, new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, owner.id(), trusted.id(),
                null, h.clock.instant().plus(Duration.ofDays(60)), null));
        DelegationRequested offered = h.sdk.delegations().request(CoreFixture.as(offering), new RequestDelegation(
                DelegationKind.DIGITAL_IDENTITY, offering.id(), owner.id(), null, h.clock.instant().plus(Duration.ofDays(60)),
                null));
        return of(h, owner, "2026-11-24T10:00", given, offered);
    }

    /**
     * A company and its objects.
     *
     * @param h the fixture
     * @return the party
     */
    static MatrixParty company(CoreFixture h) {
        UserProfile company = h.withContacts(h.company());
        Delegation given = h.mandate(company, h.intermediary());
        DelegationRequested offered = h.sdk.delegations().request(CoreFixture.as(company), new RequestDelegation(
                DelegationKind.MANDATE, company.id(), h.intermediary().id(), null, h.clock.instant().plus(Duration.ofDays(60)),
                null));
        return of(h, company, "2026-11-24T10:30", given, offered);
    }

    private static MatrixParty of(CoreFixture h, UserProfile party, String slot, Delegation given,
                                  DelegationRequested offered) {
        Principal self = cie(party);
        ContactPoint contact = h.sdk.users().addContact(self, new AddContact(party.id(), ContactKind.EMAIL, h.data.email()));
        Request submitted = h.sdk.requests().submit(self, new SubmitRequest(h.key(), TopicCode.GENERIC, null, null,
                Map.of("subject", "Domanda di prova"), "Testo della domanda", List.of(TestFiles.pdf("ricevuta.pdf", 2_000))));
        Request taken = h.sdk.requests().takeInCharge(CoreFixture.BACK_OFFICE, new TakeInCharge(submitted.id(),
                submitted.version(), null));
        Request request = h.sdk.requests().askForInformation(CoreFixture.BACK_OFFICE, new AskForInformation(taken.id(),
                taken.version(), "Per quale periodo?"));
        Appointment appointment = h.sdk.appointments().book(self, BookAppointment.of(h.key(), TestOffices.ROMA,
                TestOffices.PENSION_INFO.code(), ContactMode.IN_PERSON, CoreFixture.rome(slot)));
        DossierId dossier = DossierId.of("MATRIX-" + party.id().value().toString().substring(0, 8));
        h.sdk.dossiers().report(PORTAL, dossierReport(dossier, party, h.clock.instant()));
        DocumentId document = DocumentId.of("CU-2026");
        h.sdk.dossiers().storeDocument(PORTAL, documentUpload(dossier, document));
        InboxNotice notice = h.sdk.notifications().publishProactive(PORTAL, proactiveNotice(party));
        MessageView message = h.sdk.notifications().schedule(PORTAL, new ScheduleMessage(party.id(),
                RequestMessageKinds.REGISTERED, Set.of(Channel.SMS), Map.of("protocol", "ROMA-TIBURTINO-2026-000042",
                "subject", "Regolarità contributiva", "office", "Roma Tiburtino"), Purpose.TRANSACTIONAL,
                h.clock.instant().plus(Duration.ofDays(1)), Urgency.NORMAL)).get(0);
        DeviceView device = h.sdk.notifications().registerDevice(self, new RegisterDevice(
                party.id(), DevicePlatform.ANDROID, "matrix-token-" + party.id().value()));
        WaitlistEntry entry = h.sdk.appointments().joinWaitlist(self, new JoinWaitlist(TestOffices.ROMA,
                MatrixOffices.ONE_SEAT.code(), ContactMode.IN_PERSON, MatrixOffices.TUESDAY, Interpretation.NONE));
        FeedbackEntry feedback = h.sdk.feedback().give(self, new GiveFeedback(new FeedbackTarget.WholeService(), 4,
                "Più sportelli aperti il sabato"));
        dev.sportello.attestation.AttestationId attestation = h.sdk.attestations().issue(CoreFixture.BACK_OFFICE,
                dev.sportello.attestation.IssueAttestation.named(dossier)).id();
        h.deliver();
        String receipt = h.sdk.notifications().messages(PORTAL, party.id(), PageRequest.first(200)).items().stream()
                .filter(m -> m.channel() == Channel.SMS && m.status() == MessageStatus.SENT && m.providerId() != null)
                .map(MessageView::providerId).findFirst().orElse("matrix-unknown-provider-id");
        return new MatrixParty(h.sdk.users().get(PORTAL, party.id()), request, appointment, dossier, document, notice,
                message, device, contact, given, offered, entry, feedback, receipt, attestation);
    }

    /**
     * A decided dossier of a party managed by Roma, with one payment.
     *
     * @param dossier its id
     * @param owner   the party
     * @param now     the fixture's time
     * @return the report
     */
    static DossierReport dossierReport(DossierId dossier, UserProfile owner, Instant now) {
        Payment payment = new Payment("P-1", new PaymentPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)),
                Money.euro("1200.00"), List.of(new Deduction("Ritenuta IRPEF", Money.euro("276.00"))), Money.euro("924.00"),
                PaymentStatus.PAID, LocalDate.of(2026, 10, 27),
                new PaymentMethod.Account(PaymentMethod.AccountType.BANK, IBAN));
        return new DossierReport(dossier, 1, now.minus(Duration.ofDays(1)), DossierKindCode.WORKPLACE_INJURY, owner.id(),
                TestOffices.ROMA, DossierStatus.DECIDED, null, new DossierOutcome("ACCEPTED",
                "Indennità riconosciuta per 40 giorni", LocalDate.of(2026, 10, 20)), List.of(), List.of(payment), null,
                medicalReport());
    }

    /** An adult's civil-invalidity report from an ASL, attested, with a benefit: its guide is offered. */
    static dev.sportello.dossiers.MedicalReport medicalReport() {
        return new dev.sportello.dossiers.MedicalReport("VRB-MATRIX-1", 1, dev.sportello.dossiers.MedicalReportKind.CIVIL_INVALIDITY,
                new dev.sportello.dossiers.IssuingBody(dev.sportello.dossiers.IssuerKind.ASL, dev.sportello.dossiers.Region.LAZIO),
                LocalDate.of(2026, 11, 10), LocalDate.of(1980, 1, 1), "Invalido al 100%", 100,
                List.of(new dev.sportello.dossiers.Benefit("Pensione di inabilità", Money.euro("336.00"), LocalDate.of(2026, 3, 1), null)),
                List.of(), List.of(), List.of(), null, true, true);
    }

    /**
     * A tax certificate for a dossier.
     *
     * @param dossier  the dossier
     * @param document the document's id
     * @return the upload
     */
    static DocumentUpload documentUpload(DossierId dossier, DocumentId document) {
        byte[] pdf = "%PDF-1.7\nmatrix\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        return new DocumentUpload(dossier, document, DocumentKind.TAX_CERTIFICATE, "Certificazione Unica 2026",
                "CU_2026.pdf", "application/pdf", 2026, LocalDate.of(2026, 3, 16), () -> new ByteArrayInputStream(pdf));
    }

    /**
     * A "medical report issued" notice with a guide and two calls to action.
     *
     * @param party the recipient
     * @return the command
     */
    static PublishProactiveNotice proactiveNotice(UserProfile party) {
        return new PublishProactiveNotice(party.id(), new MessageKind("MEDICAL_REPORT_ISSUED"),
                "Il tuo verbale sanitario è stato emesso",
                List.of(new Section("Benefici riconosciuti", List.of("Ti spettano:"), List.of())),
                List.of(new CallToAction(CALL_TO_ACTION, "Scarica il QR code", "https://example.it/qr", null)),
                Set.of(), Set.of(), Duration.ofDays(180));
    }
}
