package dev.sportello.core.internal.authz;

import dev.sportello.AuditSubject;
import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.OperatorId;
import dev.sportello.PageRequest;
import dev.sportello.PartyId;
import dev.sportello.Principal;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.AcceptOffer;
import dev.sportello.appointments.AdmitAssistant;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.CompleteAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.DeclineOffer;
import dev.sportello.appointments.IdentityDocument;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.LeaveWaitlist;
import dev.sportello.appointments.MarkNoShow;
import dev.sportello.appointments.RecordAssistanceConsent;
import dev.sportello.appointments.RecordIdentityCheck;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.core.internal.entrypoints.Samples;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.delegation.AcceptDelegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.delegation.RejectDelegation;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.delegation.RevokeDelegation;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentSink;
import dev.sportello.dossiers.DocumentUpload;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.feedback.FeedbackTarget;
import dev.sportello.feedback.GiveFeedback;
import dev.sportello.feedback.RatingFiguresQuery;
import dev.sportello.feedback.SuggestionQuery;
import dev.sportello.feedback.SuggestionState;
import dev.sportello.feedback.TriageSuggestion;
import dev.sportello.notifications.DevicePlatform;
import dev.sportello.notifications.DeviceId;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ReceiptOutcome;
import dev.sportello.notifications.RegisterDevice;
import dev.sportello.notifications.ReportReceipt;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.offices.CloseDay;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.CommentRequest;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.ReassignRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TransferRequest;
import dev.sportello.requests.Visibility;
import dev.sportello.users.AddContact;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ContactKind;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.Registration;
import dev.sportello.users.ResendVerification;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserKind;
import dev.sportello.users.VerifyContact;

import java.io.OutputStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Valid arguments for any use-case method, aimed at the objects of the world's party: core's entry-point
 * {@link Samples} with every id, and every command, replaced by one that names an object that exists, at its current
 * version. So an allowed call reaches the rules behind the access check (and mostly works), and a denial can only come
 * from who the principal is. A cell that must be denied gets versions one ahead: the access check comes before the
 * version check, so a stranger holding a wrong version is denied, not told of a conflict.
 *
 * <p>Not thread-safe; one per world.
 */
final class MatrixArguments {
    private MatrixArguments() {
    }

    /**
     * The arguments of a method, with the cell's principal in its place.
     *
     * @param world  the cell's world
     * @param method the use-case method
     * @param stale  whether the commands carry versions that are not the objects' current ones
     * @return the arguments
     */
    static Object[] of(MatrixWorld world, Method method, boolean stale) {
        Samples samples = samples(world, stale ? 1 : 0);
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = types[i] == Principal.class ? world.principal : samples.of(types[i], method.getGenericParameterTypes()[i]);
        }
        return args;
    }

    private static Samples samples(MatrixWorld world, long skew) {
        CoreFixture h = world.h;
        MatrixParty p = world.party;
        UserId id = p.user().id();
        Request request = h.sdk.requests().get(CoreFixture.PORTAL, p.request().id());
        Appointment appointment = h.sdk.appointments().get(CoreFixture.PORTAL, p.appointment().id());
        boolean company = p.user().kind() == UserKind.COMPANY;
        UserId someone = company ? h.intermediary().id() : h.citizen().id();
        IdentityDocument document = new IdentityDocument(IdentityDocumentType.ELECTRONIC_IDENTITY_CARD, "CA12345AB",
                LocalDate.of(2021, 5, 3), LocalDate.of(2031, 5, 3), true);
        PageRequest page = PageRequest.first(20);
        Samples s = new Samples()
                .with(UserId.class, id).with(PartyId.class, id).with(AuditSubject.class, id)
                .with(FiscalCode.class, p.user().fiscalCode()).with(PageRequest.class, page)
                .with(OfficeCode.class, TestOffices.ROMA).with(MunicipalityCode.class, new MunicipalityCode("H501"))
                .with(OperatorId.class, TestOffices.ROMA_BACK_OFFICE).with(Language.class, Language.IT)
                .with(String.class, MatrixParty.CALL_TO_ACTION)
                .with(DocumentSink.class, (DocumentSink) d -> OutputStream.nullOutputStream());
        // users
        s.with(Registration.class, new RegisterCitizen(h.data.adultTaxCode(), "Giulia Neri", new MunicipalityCode("H501"),
                        Language.IT))
                .with(UpdateProfile.class, new UpdateProfile(id, p.user().version() + skew, "Nome Cambiato", null, null))
                .with(AddContact.class, new AddContact(id, ContactKind.EMAIL, h.data.email()))
                .with(ResendVerification.class, new ResendVerification(id, p.contact().id()))
                .with(VerifyContact.class, new VerifyContact(id, p.contact().id(), "000000"))
                .with(RecordConsent.class, new RecordConsent(id, Channel.SMS,
                        ConsentChoice.PROACTIVE_OPT_IN));
        // offices
        s.with(CloseDay.class, new CloseDay(TestOffices.ROMA, LocalDate.of(2026, 12, 2), "Assemblea del personale"));
        // delegations
        s.with(RequestDelegation.class, new RequestDelegation(company ? DelegationKind.MANDATE : DelegationKind.DIGITAL_IDENTITY,
                        id, someone, null, h.clock.instant().plus(Duration.ofDays(90)), null))
                .with(GrantDelegation.class, new GrantDelegation(company ? DelegationKind.MANDATE : DelegationKind.GUARDIANSHIP,
                        id, someone, null, h.clock.instant().plus(Duration.ofDays(90))))
                .with(AcceptDelegation.class, new AcceptDelegation(p.offered().delegation().id(), p.offered().acceptanceCode()))
                .with(RejectDelegation.class, new RejectDelegation(p.offered().delegation().id(),
                        p.offered().delegation().version() + skew))
                .with(RevokeDelegation.class, new RevokeDelegation(p.given().id(), p.given().version() + skew));
        // notifications
        s.with(NoticeId.class, p.notice().id()).with(MessageId.class, p.message().id()).with(DeviceId.class, p.device().id())
                .with(ScheduleMessage.class, new ScheduleMessage(id, p.message().kind(), Set.of(Channel.INBOX),
                        Map.of("protocol", "ROMA-TIBURTINO-2026-000043", "subject", "Prova", "office",
                                "Roma Tiburtino"), Purpose.TRANSACTIONAL, null,
                        Urgency.NORMAL))
                .with(RegisterDevice.class, new RegisterDevice(id, DevicePlatform.IOS, "matrix-token-new-" + id.value()))
                .with(ReportReceipt.class, new ReportReceipt(Channel.SMS, p.receipt(), ReceiptOutcome.DELIVERED,
                        h.clock.instant()))
                .with(PublishProactiveNotice.class, MatrixParty.proactiveNotice(p.user()));
        // requests
        long rv = request.version() + skew;
        s.with(RequestId.class, request.id()).with(ArchiveId.class, request.attachments().get(0).archive())
                .with(SubmitRequest.class, new SubmitRequest(h.key(), TopicCode.DOSSIER_STATUS, null, p.dossier().value(),
                        Map.of(), "A che punto è la mia pratica?", List.of()))
                .with(RequestSearch.class, RequestSearch.all(page))
                .with(TakeInCharge.class, new TakeInCharge(request.id(), rv, null))
                .with(CommentRequest.class, new CommentRequest(request.id(), rv, "Commento", Visibility.USER))
                .with(AskForInformation.class, new AskForInformation(request.id(), rv, "Quale periodo?"))
                .with(AnswerRequest.class, new AnswerRequest(request.id(), rv, "Il 2025.", List.of()))
                .with(CloseRequest.class, new CloseRequest(request.id(), rv, "ACCEPTED", "Fatto."))
                .with(ReassignRequest.class, new ReassignRequest(request.id(), rv,
                        TestOffices.ROMA_BACK_OFFICE_2))
                .with(TransferRequest.class, new TransferRequest(request.id(), rv, TestOffices.CAGLIARI,
                        "Competenza della sede di Cagliari"))
                .with(QueueQuery.class, new QueueQuery(TestOffices.ROMA, Set.of(), null, null, false, null, page));
        // appointments
        AppointmentId a = appointment.id();
        long v = appointment.version() + skew;
        s.with(AppointmentId.class, a)
                .with(AvailabilityQuery.class, new AvailabilityQuery(TestOffices.ROMA, TestOffices.PENSION_INFO.code(),
                        ContactMode.IN_PERSON, MatrixOffices.TUESDAY, MatrixOffices.TUESDAY.plusDays(1), Interpretation.NONE))
                .with(BookAppointment.class, BookAppointment.of(h.key(), TestOffices.ROMA, TestOffices.PENSION_INFO.code(),
                        ContactMode.IN_PERSON, CoreFixture.rome("2026-11-24T11:00")))
                .with(JoinVideoCall.class, new JoinVideoCall(a, "123456"))
                .with(RecordIdentityCheck.class, new RecordIdentityCheck(a, v, document))
                .with(AdmitUser.class, new AdmitUser(a, v))
                .with(RecordAssistanceConsent.class, new RecordAssistanceConsent(a, v))
                .with(AdmitAssistant.class, new AdmitAssistant(a, v, "Luigi Rossi", document))
                .with(CompleteAppointment.class, new CompleteAppointment(a, v, "INFORMATION_GIVEN", null))
                .with(CancelAppointment.class, new CancelAppointment(a, v, "Un impegno"))
                .with(RescheduleAppointment.class, new RescheduleAppointment(a, v, CoreFixture.rome("2026-11-24T11:30")))
                .with(MarkNoShow.class, new MarkNoShow(a, v))
                .with(JoinWaitlist.class, new JoinWaitlist(TestOffices.ROMA, MatrixOffices.ONE_SEAT.code(),
                        ContactMode.IN_PERSON, MatrixOffices.TUESDAY.plusDays(1), Interpretation.NONE))
                .with(AcceptOffer.class, new AcceptOffer(p.entry().id(), p.entry().version() + skew))
                .with(DeclineOffer.class, new DeclineOffer(p.entry().id(), p.entry().version() + skew))
                .with(LeaveWaitlist.class, new LeaveWaitlist(p.entry().id(), p.entry().version() + skew));
        // feedback
        s.with(GiveFeedback.class, new GiveFeedback(new FeedbackTarget.ClosedRequest(request.id()), 5, null))
                .with(SuggestionQuery.class, new SuggestionQuery(TestOffices.ROMA, Set.of(SuggestionState.NEW), page))
                .with(TriageSuggestion.class, new TriageSuggestion(p.feedback().id(), p.feedback().version() + skew,
                        SuggestionState.READ))
                .with(RatingFiguresQuery.class, new RatingFiguresQuery(YearMonth.of(2026, 11), YearMonth.of(2026, 11),
                        TestOffices.ROMA));
        // dossiers
        DossierId fresh = DossierId.of("MATRIX-NEW-" + id.value().toString().substring(0, 8));
        s.with(DossierId.class, p.dossier()).with(DocumentId.class, p.document())
                .with(DossierReport.class, MatrixParty.dossierReport(fresh, p.user(), h.clock.instant()))
                .with(DocumentUpload.class, MatrixParty.documentUpload(p.dossier(), DocumentId.of("CU-2027")))
                .with(DossierSearch.class, new DossierSearch(Set.of(), Set.of(), page));
        // medical reports
        s.with(dev.sportello.medical.GuideInteraction.class, dev.sportello.medical.GuideInteraction.sceneViewed("intro"));
        // attestations
        s.with(dev.sportello.attestation.IssueAttestation.class, dev.sportello.attestation.IssueAttestation.named(p.dossier()))
                .with(dev.sportello.attestation.AttestationId.class, p.attestation());
        // the fragile-users channel
        MatrixFragile.samples(s, h, p.user(), world.fragile, skew);
        return s;
    }
}
