package dev.sportello.tck;

import dev.sportello.AuditSubject;
import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.delegation.AcceptDelegation;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationRequested;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.delegation.RevokeDelegation;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ReceiptOutcome;
import dev.sportello.notifications.ReportReceipt;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.offices.Office;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.tck.AtomicityContract.Case;
import dev.sportello.tck.AtomicityContract.Prepared;
import dev.sportello.users.AddContact;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.ResendVerification;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserProfile;
import dev.sportello.users.VerifyContact;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of {@link AtomicityContract}: every state-changing command of every area, each with what it
 * arranges first and what it changes. The users, offices, delegation and notifications rows are here;
 * {@link RequestAtomicityCases}, {@link AppointmentAtomicityCases} and {@link DossierAtomicityCases} hold the
 * others.
 */
final class AtomicityCases {
    static final Map<String, String> VALUES = Map.of("protocol", "P-2026-000001", "subject", "Test", "office", "Roma");

    private AtomicityCases() {
    }

    /** Every row. */
    static List<Case> all() {
        List<Case> rows = new ArrayList<>();
        rows.addAll(users());
        rows.addAll(delegations());
        rows.addAll(notifications());
        rows.addAll(RequestAtomicityCases.rows());
        rows.addAll(AppointmentAtomicityCases.rows());
        rows.addAll(DossierAtomicityCases.rows());
        return rows;
    }

    static Prepared prepared(Runnable command, java.util.function.Supplier<Object> observed, AuditSubject... subjects) {
        return new Prepared(command, observed, List.of(subjects));
    }

    static List<MessageView> messages(SdkHarness h, UserProfile user) {
        return h.sdk.notifications().messages(SdkHarness.PORTAL, user.id(), PageRequest.first(100)).items();
    }

    private static List<Case> users() {
        return List.of(
                new Case("users.register", h -> {
                    TaxCode code = TestData.adultTaxCode();
                    return prepared(() -> h.sdk.users().register(SdkHarness.PORTAL, new RegisterCitizen(code, "Giulia Verdi",
                            new MunicipalityCode("H501"), Language.IT)),
                            () -> h.sdk.users().findByFiscalCode(SdkHarness.PORTAL, code));
                }),
                new Case("users.update", h -> {
                    UserProfile user = h.citizen();
                    return prepared(() -> h.sdk.users().update(SdkHarness.as(user), new UpdateProfile(user.id(),
                            user.version(), "Maria Bianchi", new MunicipalityCode("A952"), Language.DE)),
                            () -> h.sdk.users().get(SdkHarness.PORTAL, user.id()), user.id());
                }),
                new Case("users.addContact", h -> {
                    UserProfile user = h.citizen();
                    return prepared(() -> h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(),
                            ContactKind.MOBILE, TestData.mobileAsTyped())),
                            () -> List.of(h.sdk.users().get(SdkHarness.PORTAL, user.id()), messages(h, user)), user.id());
                }),
                new Case("users.resendVerification", h -> {
                    UserProfile user = h.citizen();
                    ContactPoint added = h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(),
                            ContactKind.EMAIL, TestData.email()));
                    h.deliver();
                    h.clock.advance(Duration.ofMinutes(2));
                    return prepared(() -> h.sdk.users().resendVerification(SdkHarness.as(user),
                            new ResendVerification(user.id(), added.id())),
                            () -> List.of(h.sdk.users().get(SdkHarness.PORTAL, user.id()), messages(h, user)), user.id());
                }),
                new Case("users.verifyContact", h -> {
                    UserProfile user = h.citizen();
                    ContactPoint added = h.sdk.users().addContact(SdkHarness.as(user), new AddContact(user.id(),
                            ContactKind.MOBILE, TestData.mobileAsTyped()));
                    h.deliver();
                    String code = h.lastCode(added);
                    return prepared(() -> h.sdk.users().verifyContact(SdkHarness.as(user), new VerifyContact(user.id(),
                            added.id(), code)), () -> h.sdk.users().get(SdkHarness.PORTAL, user.id()), user.id());
                }),
                new Case("users.recordConsent", h -> {
                    UserProfile user = h.citizen();
                    return prepared(() -> h.sdk.users().recordConsent(SdkHarness.as(user), new RecordConsent(user.id(),
                            Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN)),
                            () -> h.sdk.users().consents(SdkHarness.as(user), user.id()), user.id());
                }));
    }

    private static List<Case> delegations() {
        return List.of(
                new Case("delegations.request", h -> {
                    UserProfile company = h.company("H501");
                    UserProfile consultant = h.intermediary();
                    return prepared(() -> h.sdk.delegations().request(SdkHarness.as(company), new RequestDelegation(
                            DelegationKind.MANDATE, company.id(), consultant.id(), null,
                            h.clock.instant().plus(Duration.ofDays(365)), null)),
                            () -> h.sdk.delegations().of(SdkHarness.as(company), company.id()));
                }),
                new Case("delegations.accept", h -> {
                    UserProfile company = h.company("H501");
                    UserProfile consultant = h.intermediary();
                    DelegationRequested requested = h.sdk.delegations().request(SdkHarness.as(company), new RequestDelegation(
                            DelegationKind.MANDATE, company.id(), consultant.id(), null,
                            h.clock.instant().plus(Duration.ofDays(365)), null));
                    return prepared(() -> h.sdk.delegations().accept(SdkHarness.as(consultant), new AcceptDelegation(
                            requested.delegation().id(), requested.acceptanceCode())),
                            () -> h.sdk.delegations().of(SdkHarness.as(company), company.id()), requested.delegation().id());
                }),
                new Case("delegations.grant", h -> {
                    UserProfile ward = h.citizen();
                    UserProfile guardian = h.citizen();
                    return prepared(() -> h.sdk.delegations().grant(SdkHarness.PORTAL, new GrantDelegation(
                            DelegationKind.GUARDIANSHIP, ward.id(), guardian.id(), null,
                            h.clock.instant().plus(Duration.ofDays(365)))),
                            () -> h.sdk.delegations().of(SdkHarness.PORTAL, ward.id()));
                }),
                new Case("delegations.revoke", h -> {
                    UserProfile company = h.company("H501");
                    UserProfile consultant = h.intermediary();
                    Delegation mandate = h.mandate(company, consultant, h.clock.instant().plus(Duration.ofDays(365)));
                    return prepared(() -> h.sdk.delegations().revoke(SdkHarness.as(company),
                            new RevokeDelegation(mandate.id(), mandate.version())),
                            () -> h.sdk.delegations().of(SdkHarness.as(company), company.id()), mandate.id());
                }));
    }

    private static List<Case> notifications() {
        return List.of(
                new Case("notifications.schedule", h -> {
                    UserProfile user = h.citizenWithContacts();
                    return prepared(() -> h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(),
                            RequestMessageKinds.REGISTERED, Set.of(Channel.SMS, Channel.EMAIL, Channel.INBOX), VALUES,
                            Purpose.TRANSACTIONAL, null, Urgency.NORMAL)), () -> messages(h, user), user.id());
                }),
                new Case("notifications.cancel", h -> {
                    UserProfile user = h.citizenWithContacts();
                    MessageView later = h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(),
                            RequestMessageKinds.REGISTERED, Set.of(Channel.EMAIL), VALUES, Purpose.TRANSACTIONAL,
                            h.clock.instant().plus(Duration.ofHours(1)), Urgency.NORMAL)).get(0);
                    return prepared(() -> h.sdk.notifications().cancel(SdkHarness.PORTAL, later.id()),
                            () -> h.sdk.notifications().message(SdkHarness.PORTAL, later.id()), later.id());
                }),
                new Case("notifications.reportReceipt", h -> {
                    UserProfile user = h.citizenWithContacts();
                    MessageView queued = h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(),
                            RequestMessageKinds.REGISTERED, Set.of(Channel.SMS), VALUES, Purpose.TRANSACTIONAL, null,
                            Urgency.URGENT)).get(0);
                    h.deliver();
                    String provider = h.sdk.notifications().message(SdkHarness.PORTAL, queued.id()).providerId();
                    return prepared(() -> h.sdk.notifications().reportReceipt(SdkHarness.PORTAL, new ReportReceipt(
                            Channel.SMS, provider, ReceiptOutcome.DELIVERED, h.clock.instant())),
                            () -> h.sdk.notifications().message(SdkHarness.PORTAL, queued.id()), queued.id());
                }),
                new Case("notifications.publishProactive", h -> {
                    UserProfile user = h.citizenWithContacts();
                    h.sdk.users().recordConsent(SdkHarness.as(user), new RecordConsent(user.id(), Channel.SMS,
                            ConsentChoice.PROACTIVE_OPT_IN));
                    return prepared(() -> h.sdk.notifications().publishProactive(SdkHarness.PORTAL,
                            NotificationsScenarioContract.medicalReport(user, Set.of(), Set.of(Channel.SMS))),
                            () -> List.of(inbox(h, user), messages(h, user)), user.id());
                }),
                new Case("notifications.open", h -> {
                    UserProfile user = h.citizenWithContacts();
                    InboxNotice notice = h.sdk.notifications().publishProactive(SdkHarness.PORTAL,
                            NotificationsScenarioContract.medicalReport(user, Set.of(), Set.of()));
                    return prepared(() -> h.sdk.notifications().open(SdkHarness.as(user), notice.id()),
                            () -> List.of(inbox(h, user), h.sdk.notifications().engagement(SdkHarness.PORTAL,
                                    today(h), today(h))), notice.id());
                }));
    }

    static LocalDate today(SdkHarness h) {
        return LocalDate.ofInstant(h.clock.instant(), Office.ROME);
    }

    static List<InboxNotice> inbox(SdkHarness h, UserProfile user) {
        return h.sdk.notifications().inbox(SdkHarness.as(user), user.id(), PageRequest.first(50)).items();
    }
}
