package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.appointments.AdmitAssistant;
import dev.sportello.appointments.AdmitUser;
import dev.sportello.appointments.AnswerOffer;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.CompleteAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.IdentityDocument;
import dev.sportello.appointments.IdentityDocumentType;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.JoinWaitlist;
import dev.sportello.appointments.MarkNoShow;
import dev.sportello.appointments.RecordAssistanceConsent;
import dev.sportello.appointments.RecordIdentityCheck;
import dev.sportello.appointments.RescheduleAppointment;
import dev.sportello.appointments.Slot;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.GrantDelegation;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.SkipReason;
import dev.sportello.offices.CloseDay;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.AppointmentRecord;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.spi.EmailMessage;
import dev.sportello.spi.SmsMessage;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Appointments end to end over the storage under test (R-APT-1…6, R-USR-2, R-DEL-4). */
public abstract class AppointmentsScenarioContract extends ScenarioContract {
    private static final OfficeCode ROMA = TckOffices.ROMA;
    private static final Principal FRONT_OFFICE = Principal.operator(TckOffices.ROMA_FRONT_OFFICE, Credential.CIE);
    private static final Principal INTERPRETER = Principal.operator(TckOffices.ROMA_SIGN_LANGUAGE, Credential.CIE);
    private static final Principal SUPERVISOR = Principal.operator(TckOffices.ROMA_SUPERVISOR, Credential.CIE);
    private static final Principal CAGLIARI = Principal.operator(TckOffices.CAGLIARI_BACK_OFFICE, Credential.CIE);
    private static final String PENSION = TckOffices.PENSION_INFO.code();
    /** Tuesday 24 November 2026, the day after the harness's start. */
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final Pattern CODE = Pattern.compile("\\b(\\d{6,10})\\b");

    private static Instant rome(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Office.ROME).toInstant();
    }

    private static String key() {
        return "apt-" + UUID.randomUUID();
    }

    private static Principal cie(UserProfile user) {
        return Principal.user(user.id(), Credential.CIE);
    }

    private Appointment book(UserProfile user, ContactMode mode, Instant start) {
        return h.sdk.appointments().book(cie(user), new BookAppointment(key(), ROMA, PENSION, mode, start, false));
    }

    private Availability availability(String topic, ContactMode mode, LocalDate from, LocalDate to, boolean signLanguage) {
        return h.sdk.appointments().availability(SdkHarness.PORTAL, new AvailabilityQuery(ROMA, topic, mode, from, to,
                signLanguage));
    }

    private Slot slot(Availability availability, Instant start) {
        return availability.slots().stream().filter(s -> s.start().equals(start)).findFirst().orElseThrow();
    }

    private List<MessageView> messages(UserProfile user) {
        return h.sdk.notifications().messages(SdkHarness.PORTAL, user.id(), PageRequest.first(100)).items();
    }

    private List<SmsMessage> smsTo(UserProfile user) {
        String number = user.contacts().stream().filter(c -> c.kind() == dev.sportello.users.ContactKind.MOBILE)
                .findFirst().orElseThrow().value();
        return h.channels.sms().stream().filter(s -> s.to().e164().equals(number)).toList();
    }

    private List<String> invitations(UserProfile user) {
        String address = user.contacts().stream().filter(c -> c.kind() == dev.sportello.users.ContactKind.EMAIL)
                .findFirst().orElseThrow().value();
        List<String> ics = new ArrayList<>();
        for (EmailMessage email : h.channels.emails()) {
            if (email.to().value().equals(address)) {
                for (EmailAttachment a : email.attachments()) {
                    ics.add(new String(a.content(), StandardCharsets.UTF_8));
                }
            }
        }
        return ics;
    }

    private static String admissionCode(List<SmsMessage> sms) {
        for (int i = sms.size() - 1; i >= 0; i--) {
            if (sms.get(i).text().contains("codice di ammissione")) {
                Matcher m = CODE.matcher(sms.get(i).text());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new IllegalStateException("no admission code was sent");
    }

    private static IdentityDocument document(LocalDate expires) {
        return new IdentityDocument(IdentityDocumentType.ELECTRONIC_IDENTITY_CARD, "CA12345AB", LocalDate.of(2021, 5, 3),
                expires, true);
    }

    // ------------------------------------------------------------------ calendars and availability

    @Test
    void availabilityListsTheSlotsWithTheirRemainingSeatsAndSkipsHolidays() {
        UserProfile user = h.citizen();
        Availability before = availability(PENSION, ContactMode.IN_PERSON, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), false);
        // 8 December is a national holiday: only the 7th and the 9th, 8 slots of 30 minutes each from 08:30
        assertThat(before.slots()).hasSize(16);
        assertThat(before.slots()).extracting(s -> s.local().toLocalDate()).doesNotContain(LocalDate.of(2026, 12, 8));
        assertThat(before.slots()).allSatisfy(s -> assertThat(s.remaining()).isEqualTo(3));
        assertThat(before.slots().get(0).local().toLocalTime()).isEqualTo(LocalTime.of(8, 30));
        assertThat(before.slots().get(7).local().toLocalTime()).isEqualTo(LocalTime.of(12, 0));

        Instant start = rome("2026-12-07T09:00");
        book(user, ContactMode.IN_PERSON, start);
        Availability after = availability(PENSION, ContactMode.IN_PERSON, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7), false);
        assertThat(slot(after, start).remaining()).isEqualTo(2);
        assertThat(slot(availability(PENSION, ContactMode.VIDEO_CALL, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 7),
                false), start).remaining()).as("seats are counted per mode").isEqualTo(2);
    }

    @Test
    void slotsFollowTheWallClockAcrossDaylightSavingChanges() {
        h.clock.set(Instant.parse("2026-03-20T12:00:00Z"));
        OfficeCode centre = TckOffices.CONTACT_CENTER;
        String topic = TckOffices.NIGHT_CALLBACK.code();
        Availability spring = h.sdk.appointments().availability(SdkHarness.PORTAL, new AvailabilityQuery(centre, topic,
                ContactMode.PHONE_CALLBACK, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29), false));
        // 02:00-03:00 does not exist on the spring-forward night: no slot at 02:00 nor at 02:30
        assertThat(spring.slots()).extracting(s -> s.local().toLocalTime().toString())
                .containsExactly("01:00", "01:30", "03:00", "03:30");
        Availability autumn = h.sdk.appointments().availability(SdkHarness.PORTAL, new AvailabilityQuery(centre, topic,
                ContactMode.PHONE_CALLBACK, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25), false));
        // 02:00-03:00 happens twice on the fall-back night: each wall-clock start is offered once
        assertThat(autumn.slots()).extracting(s -> s.local().toLocalTime().toString())
                .containsExactly("01:00", "01:30", "02:00", "02:30", "03:00", "03:30");
        for (int i = 1; i < autumn.slots().size(); i++) {
            assertThat(autumn.slots().get(i).start()).isAfterOrEqualTo(autumn.slots().get(i - 1).end());
        }
        assertThat(autumn.slots()).allSatisfy(s -> assertThat(Duration.between(s.start(), s.end())).isEqualTo(Duration.ofMinutes(30)));
        UserProfile user = h.citizenWithContacts();
        Instant afterTheGap = spring.slots().get(2).start();
        assertThat(afterTheGap).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        assertThat(spring.slots().get(1).end()).isEqualTo(afterTheGap);
        fails(() -> h.sdk.appointments().book(cie(user), new BookAppointment(key(), centre, topic, ContactMode.PHONE_CALLBACK,
                afterTheGap.plus(Duration.ofMinutes(15)), false)), ErrorCode.APT_SLOT_NOT_OFFERED);
        Appointment booked = h.sdk.appointments().book(cie(user), new BookAppointment(key(), centre, topic,
                ContactMode.PHONE_CALLBACK, afterTheGap, false));
        assertThat(booked.localStart().toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        assertThat(booked.localStart().getOffset().getTotalSeconds()).isEqualTo(7200);
    }

    // ------------------------------------------------------------------ booking and confirmation

    @Test
    void theFragileChannelGroundsComeFromTheRecordsAndTheAgeInTheTaxCode() {
        UserProfile deaf = h.deaf(h.citizenWithContacts());
        UserProfile other = h.citizenWithContacts();
        assertThat(h.sdk.users().fragileEligibility(cie(deaf), deaf.id()))
                .containsExactly(dev.sportello.users.FragileGround.DEAF);
        assertThat(h.sdk.users().fragileEligibility(cie(other), other.id())).isEmpty();
        // an adult with an attendance allowance is not eligible on that ground alone (R-USR-5 a: under 18 or 75+)
        h.fragility.put((dev.sportello.users.TaxCode) other.fiscalCode(), new dev.sportello.users.FragilityFacts(
                java.util.Set.of(dev.sportello.users.Allowance.ATTENDANCE), false, false, false, false));
        assertThat(h.sdk.users().fragileEligibility(SdkHarness.PORTAL, other.id())).isEmpty();
        fails(() -> h.sdk.users().fragileEligibility(Principal.user(deaf.id(), Credential.SPID_L1), deaf.id()),
                ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
        fails(() -> h.sdk.users().fragileEligibility(Principal.user(deaf.id(), Credential.INSTITUTIONAL_PIN), deaf.id()),
                ErrorCode.ACCESS_CREDENTIAL_NOT_ACCEPTED);
        fails(() -> h.sdk.users().fragileEligibility(cie(other), deaf.id()), ErrorCode.ACCESS_NOT_OWNER);
        assertThat(h.sdk.users().fragileEligibility(SdkHarness.PORTAL, h.company("H501").id())).isEmpty();
    }

    @Test
    void onlyVideoCallsAreJoinedWithACodeAndUnknownIdsAreNotFound() {
        UserProfile user = h.citizenWithContacts();
        Instant start = rome("2026-11-24T10:00");
        Appointment inPerson = book(user, ContactMode.IN_PERSON, start);
        h.clock.set(start.minus(Duration.ofMinutes(5)));
        fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(inPerson.id(), "123456")),
                ErrorCode.APT_NOT_A_VIDEO_CALL);
        fails(() -> h.sdk.appointments().get(cie(user), new dev.sportello.appointments.AppointmentId(UUID.randomUUID())),
                ErrorCode.APT_NOT_FOUND);
        fails(() -> h.sdk.appointments().leaveWaitlist(cie(user),
                new dev.sportello.appointments.WaitlistEntryId(UUID.randomUUID())), ErrorCode.APT_WAITLIST_NOT_FOUND);
        assertThat(h.sdk.appointments().get(cie(user), inPerson.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aBookingIsConfirmedInTheInboxBySmsAndByEmailWithAnInviteAndRemindedThirtyMinutesBefore() {
        UserProfile user = h.citizenWithContacts();
        Instant start = rome("2026-11-24T10:00");
        Appointment booked = book(user, ContactMode.IN_PERSON, start);
        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.end()).isEqualTo(start.plus(Duration.ofMinutes(30)));
        assertThat(booked.joinLink()).isNull();
        h.deliver();
        assertThat(h.sdk.notifications().inbox(SdkHarness.as(user), user.id(), PageRequest.first(10)).items())
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(MessageKind.APPOINTMENT_CONFIRMED);
                    assertThat(n.body()).contains("24/11/2026 10:00").contains("Roma Tiburtino");
                });
        assertThat(smsTo(user)).anySatisfy(s -> assertThat(s.text()).contains("appuntamento confermato il 24/11/2026 10:00"));
        List<String> ics = invitations(user);
        assertThat(ics).hasSize(1);
        assertThat(ics.get(0)).contains("METHOD:REQUEST", "UID:" + booked.id() + "@sportello", "SEQUENCE:0",
                "DTSTART;TZID=Europe/Rome:20261124T100000", "DTEND;TZID=Europe/Rome:20261124T103000", "BEGIN:VTIMEZONE",
                "TZID:Europe/Rome");

        int before = smsTo(user).size();
        h.clock.set(start.minus(Duration.ofMinutes(31)));
        h.deliver();
        assertThat(smsTo(user)).hasSize(before);
        h.clock.set(start.minus(Duration.ofMinutes(30)));
        h.deliver();
        assertThat(smsTo(user)).hasSize(before + 1);
        assertThat(smsTo(user).get(before).text()).startsWith("INPS promemoria").contains("24/11/2026 10:00");
    }

    @Test
    void aVideoCallGetsAJoinLinkAndAnAdmissionCodeBySmsThatIsStoredOnlyHashed() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(user, ContactMode.VIDEO_CALL, rome("2026-11-24T10:00"));
        assertThat(booked.joinLink().toString()).startsWith("https://meet.sportello.invalid/room/");
        assertThat(h.meetings.isOpen(booked.joinLink())).isTrue();
        h.deliver();
        String code = admissionCode(smsTo(user));
        assertThat(code).hasSize(6);
        AppointmentRecord stored = tx((Stores s) -> s.appointments().find(booked.id())).orElseThrow();
        assertThat(stored.admissionCodeHash()).isNotNull().doesNotContain(code);
        assertThat(h.sdk.notifications().inbox(SdkHarness.as(user), user.id(), PageRequest.first(10)).items())
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(MessageKind.VIDEO_CALL_CONFIRMED);
                    assertThat(n.body()).contains(booked.joinLink().toString()).contains("Come funziona").contains("Privacy");
                });
        assertThat(invitations(user)).singleElement().asString().contains("URL:" + booked.joinLink());
        assertThat(messages(user)).filteredOn(m -> m.kind().equals(MessageKind.APPOINTMENT_ADMISSION_CODE))
                .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
    }

    @Test
    void aVideoCallNeedsPinSpidLevelTwoCnsOrCie() {
        UserProfile user = h.citizenWithContacts();
        BookAppointment video = new BookAppointment(key(), ROMA, PENSION, ContactMode.VIDEO_CALL, rome("2026-11-24T10:00"), false);
        fails(() -> h.sdk.appointments().book(Principal.user(user.id(), Credential.SPID_L1), video),
                ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
        assertThat(h.sdk.appointments().book(Principal.user(user.id(), Credential.INSTITUTIONAL_PIN), video).mode())
                .isEqualTo(ContactMode.VIDEO_CALL);
    }

    @Test
    void secondLevelInformationIsForIntermediariesAndCompanies() {
        UserProfile citizen = h.citizenWithContacts();
        String topic = TckOffices.COMPANY_POSITION.code();
        Instant start = rome("2026-11-25T09:30");
        fails(() -> h.sdk.appointments().book(cie(citizen), new BookAppointment(key(), ROMA, topic, ContactMode.IN_PERSON,
                start, false)), ErrorCode.APT_SECOND_LEVEL_NOT_ALLOWED);
        UserProfile company = h.company("H501");
        UserProfile consultant = h.intermediary();
        h.sdk.delegations().grant(SdkHarness.as(company), new GrantDelegation(DelegationKind.MANDATE, company.id(),
                consultant.id(), null, SdkHarness.START.plus(Duration.ofDays(365))));
        Principal forCompany = cie(consultant).actingFor(company.id());
        Appointment booked = h.sdk.appointments().book(forCompany, new BookAppointment(key(), ROMA, topic,
                ContactMode.IN_PERSON, start, false));
        assertThat(booked.owner()).isEqualTo(company.id());
        assertThat(booked.bookedBy()).isEqualTo(consultant.id());
        AuditEntry audit = h.sdk.audit().forObject(SdkHarness.PORTAL, "appointment", booked.id().toString(),
                PageRequest.first(5)).items().get(0);
        assertThat(audit.actor()).isEqualTo(consultant.id());
        assertThat(audit.onBehalfOf()).isEqualTo(company.id());
        fails(() -> h.sdk.appointments().book(cie(company), new BookAppointment(key(), ROMA, topic, ContactMode.PHONE_CALLBACK,
                start, false)), ErrorCode.APT_MODE_NOT_OFFERED);
    }

    @Test
    void phoneCallbacksNeedAVerifiedMobileAndTellTheOperatorTheNumber() {
        UserProfile without = h.citizen();
        fails(() -> book(without, ContactMode.PHONE_CALLBACK, rome("2026-11-24T10:00")), ErrorCode.APT_PHONE_NOT_VERIFIED);
        UserProfile with = h.citizenWithContacts();
        Appointment booked = book(with, ContactMode.PHONE_CALLBACK, rome("2026-11-24T10:00"));
        Appointment seen = h.sdk.appointments().get(FRONT_OFFICE, booked.id());
        assertThat(seen.callbackNumber()).isNotNull();
        assertThat(with.contacts()).anySatisfy(c -> assertThat(c.value()).isEqualTo(seen.callbackNumber().e164()));
    }

    @Test
    void aSignLanguageRequestOnlyUsesTheCapacityOfSkilledOperators() {
        UserProfile first = h.deaf(h.citizenWithContacts());
        UserProfile second = h.deaf(h.citizenWithContacts());
        UserProfile third = h.citizenWithContacts();
        Instant ten = rome("2026-11-24T10:00");
        fails(() -> h.sdk.appointments().book(cie(third), new BookAppointment(key(), ROMA, PENSION, ContactMode.VIDEO_CALL,
                ten, true)), ErrorCode.APT_SIGN_LANGUAGE_NOT_ELIGIBLE);
        fails(() -> h.sdk.appointments().book(cie(first), new BookAppointment(key(), ROMA, PENSION, ContactMode.IN_PERSON,
                ten, true)), ErrorCode.APT_SIGN_LANGUAGE_VIDEO_ONLY);
        // the only interpreter works 09:00-12:00
        fails(() -> h.sdk.appointments().book(cie(first), new BookAppointment(key(), ROMA, PENSION, ContactMode.VIDEO_CALL,
                rome("2026-11-24T08:30"), true)), ErrorCode.APT_NO_SIGN_LANGUAGE_CAPACITY);
        assertThat(slot(availability(PENSION, ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, true), rome("2026-11-24T08:30"))
                .remaining()).isZero();
        assertThat(slot(availability(PENSION, ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, true), ten).remaining()).isEqualTo(1);

        Appointment lis = h.sdk.appointments().book(cie(first), new BookAppointment(key(), ROMA, PENSION,
                ContactMode.VIDEO_CALL, ten, true));
        assertThat(lis.signLanguage()).isTrue();
        assertThat(lis.operator()).isEqualTo(TckOffices.ROMA_SIGN_LANGUAGE);
        assertThat(slot(availability(PENSION, ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, true), ten).remaining()).isZero();
        assertThat(slot(availability(PENSION, ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, false), ten).remaining()).isEqualTo(1);
        fails(() -> h.sdk.appointments().book(cie(second), new BookAppointment(key(), ROMA, PENSION, ContactMode.VIDEO_CALL,
                ten, true)), ErrorCode.APT_SLOT_FULL);
        assertThat(h.sdk.appointments().book(cie(third), new BookAppointment(key(), ROMA, PENSION, ContactMode.VIDEO_CALL,
                ten, false)).signLanguage()).isFalse();
        // only operators with sign language serve it
        fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(lis.id(), lis.version(),
                document(LocalDate.of(2030, 1, 1)))), ErrorCode.APT_SIGN_LANGUAGE_OPERATOR_REQUIRED);
        assertThat(h.sdk.appointments().recordIdentityCheck(INTERPRETER, new RecordIdentityCheck(lis.id(), lis.version(),
                document(LocalDate.of(2030, 1, 1)))).identityCheck()).isNotNull();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameBookingAndAUserHoldsOneActiveBookingPerTopic() {
        UserProfile user = h.citizenWithContacts();
        BookAppointment command = new BookAppointment(key(), ROMA, PENSION, ContactMode.IN_PERSON, rome("2026-11-24T10:00"), false);
        Appointment first = h.sdk.appointments().book(cie(user), command);
        Appointment retry = h.sdk.appointments().book(cie(user), command);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(slot(availability(PENSION, ContactMode.IN_PERSON, TUESDAY, TUESDAY, false), command.start()).remaining())
                .isEqualTo(2);
        fails(() -> h.sdk.appointments().book(cie(user), new BookAppointment(command.idempotencyKey(), ROMA, PENSION,
                ContactMode.IN_PERSON, rome("2026-11-24T11:00"), false)), ErrorCode.APT_IDEMPOTENCY_KEY_REUSED);
        fails(() -> book(user, ContactMode.PHONE_CALLBACK, rome("2026-11-25T11:00")), ErrorCode.APT_TOO_MANY_ACTIVE);
        h.sdk.appointments().cancel(cie(user), new CancelAppointment(first.id(), first.version(), "Non posso più venire"));
        assertThat(book(user, ContactMode.PHONE_CALLBACK, rome("2026-11-25T11:00")).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void badSlotsAndUnknownCalendarsAreRejectedWithTheirCodes() {
        UserProfile user = h.citizenWithContacts();
        fails(() -> book(user, ContactMode.IN_PERSON, rome("2026-11-23T09:00")), ErrorCode.APT_SLOT_IN_PAST);
        fails(() -> book(user, ContactMode.IN_PERSON, rome("2026-11-24T13:00")), ErrorCode.APT_SLOT_NOT_OFFERED);
        fails(() -> book(user, ContactMode.IN_PERSON, rome("2026-11-24T10:10")), ErrorCode.APT_SLOT_NOT_OFFERED);
        SportelloException holiday = fails(() -> book(user, ContactMode.IN_PERSON, rome("2026-12-08T10:00")),
                ErrorCode.APT_OFFICE_CLOSED);
        assertThat(holiday.details()).containsEntry("field", "start");
        fails(() -> book(user, ContactMode.IN_PERSON, rome("2026-11-28T10:00")), ErrorCode.APT_OFFICE_CLOSED);
        fails(() -> book(user, ContactMode.IN_PERSON, rome("2026-11-23T10:30")), ErrorCode.APT_NOTICE_TOO_SHORT);
        fails(() -> book(user, ContactMode.IN_PERSON, rome("2027-02-01T10:00")), ErrorCode.APT_BEYOND_HORIZON);
        fails(() -> h.sdk.appointments().book(cie(user), new BookAppointment(key(), ROMA, "DIVORCE_ADVICE",
                ContactMode.IN_PERSON, rome("2026-11-24T10:00"), false)), ErrorCode.APT_TOPIC_UNKNOWN);
        fails(() -> h.sdk.appointments().book(cie(user), new BookAppointment(key(), new OfficeCode("MILANO"), PENSION,
                ContactMode.IN_PERSON, rome("2026-11-24T10:00"), false)), ErrorCode.OFF_OFFICE_UNKNOWN);
        fails(() -> h.sdk.appointments().book(cie(user), new BookAppointment("short", ROMA, PENSION,
                ContactMode.IN_PERSON, rome("2026-11-24T10:00"), false)), ErrorCode.VALIDATION_FAILED);
        fails(() -> availability(PENSION, ContactMode.IN_PERSON, TUESDAY, TUESDAY.plusDays(90), false), ErrorCode.APT_RANGE_INVALID);
        assertThat(h.sdk.appointments().mine(cie(user), PageRequest.first(10)).items()).isEmpty();
    }

    // ------------------------------------------------------------------ no overbooking

    @Test
    void whenThirtyTwoBookingsRaceForThreeSeatsExactlyThreeSucceed() throws Exception {
        Instant start = rome("2026-11-24T11:00");
        List<UserProfile> users = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            users.add(h.citizen());
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ErrorCode>> results = new ArrayList<>();
            for (UserProfile user : users) {
                Callable<ErrorCode> attempt = () -> {
                    go.await();
                    try {
                        book(user, ContactMode.IN_PERSON, start);
                        return null;
                    } catch (SportelloException e) {
                        return e.code();
                    }
                };
                results.add(pool.submit(attempt));
            }
            go.countDown();
            int booked = 0;
            int full = 0;
            for (Future<ErrorCode> result : results) {
                ErrorCode code = result.get(2, TimeUnit.MINUTES);
                if (code == null) {
                    booked++;
                } else if (code == ErrorCode.APT_SLOT_FULL) {
                    full++;
                } else {
                    throw new AssertionError("unexpected " + code);
                }
            }
            assertThat(booked).isEqualTo(3);
            assertThat(full).isEqualTo(29);
        } finally {
            pool.shutdownNow();
        }
        assertThat(h.sdk.appointments().agenda(FRONT_OFFICE, ROMA, TUESDAY)).hasSize(3);
        assertThat(slot(availability(PENSION, ContactMode.IN_PERSON, TUESDAY, TUESDAY, false), start).remaining()).isZero();
    }

    // ------------------------------------------------------------------ the call

    @Test
    void aUserJoinsWithTheCodeIsIdentifiedAdmittedAssistedWithConsentAndTheCallIsCompleted() {
        UserProfile user = h.citizenWithContacts();
        Instant start = rome("2026-11-24T10:00");
        Appointment booked = book(user, ContactMode.VIDEO_CALL, start);
        h.deliver();
        String code = admissionCode(smsTo(user));
        fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code)), ErrorCode.APT_TOO_EARLY_TO_JOIN);
        h.clock.set(start.minus(Duration.ofMinutes(5)));
        String wrong = code.equals("000000") ? "111111" : "000000";
        SportelloException error = fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), wrong)),
                ErrorCode.APT_ADMISSION_CODE_WRONG);
        assertThat(error.details()).containsEntry("remaining", "4").containsEntry("field", "admissionCode");
        UserProfile stranger = h.citizenWithContacts();
        fails(() -> h.sdk.appointments().join(cie(stranger), new JoinVideoCall(booked.id(), code)), ErrorCode.ACCESS_NOT_OWNER);
        Appointment waiting = h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code));
        assertThat(waiting.status()).isEqualTo(AppointmentStatus.WAITING);
        assertThat(h.sdk.appointments().waitingRoom(FRONT_OFFICE, ROMA)).extracting(Appointment::id).containsExactly(booked.id());

        fails(() -> h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(waiting.id(), waiting.version())),
                ErrorCode.APT_IDENTITY_NOT_CHECKED);
        fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(waiting.id(),
                waiting.version(), document(LocalDate.of(2026, 11, 23)))), ErrorCode.APT_DOCUMENT_EXPIRED);
        fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(waiting.id(),
                waiting.version(), new IdentityDocument(IdentityDocumentType.IDENTITY_CARD, "AX1234567", LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1), false))), ErrorCode.APT_DOCUMENT_PHOTO_MISSING);
        fails(() -> h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(waiting.id(),
                waiting.version(), new IdentityDocument(IdentityDocumentType.IDENTITY_CARD, "AX1234567", LocalDate.of(2027, 1, 1),
                LocalDate.of(2030, 1, 1), true))), ErrorCode.APT_DOCUMENT_DATES_INVALID);
        fails(() -> h.sdk.appointments().recordIdentityCheck(CAGLIARI, new RecordIdentityCheck(waiting.id(),
                waiting.version(), document(LocalDate.of(2030, 1, 1)))), ErrorCode.ACCESS_WRONG_OFFICE);
        Appointment checked = h.sdk.appointments().recordIdentityCheck(FRONT_OFFICE, new RecordIdentityCheck(waiting.id(),
                waiting.version(), document(LocalDate.of(2026, 11, 24))));
        assertThat(checked.identityCheck().maskedNumber()).isEqualTo("CA*****AB");
        assertThat(checked.identityCheck().checkedBy()).isEqualTo(TckOffices.ROMA_FRONT_OFFICE);
        assertThat(tx((Stores s) -> s.appointments().find(booked.id())).orElseThrow().toString()).doesNotContain("CA12345AB");

        Appointment admitted = h.sdk.appointments().admit(FRONT_OFFICE, new AdmitUser(checked.id(), checked.version()));
        assertThat(admitted.status()).isEqualTo(AppointmentStatus.IN_PROGRESS);
        AdmitAssistant assistant = new AdmitAssistant(admitted.id(), admitted.version(), "Giulia Rossi",
                new IdentityDocument(IdentityDocumentType.PASSPORT, "YA1234512", LocalDate.of(2022, 2, 2), LocalDate.of(2032, 2, 2), true));
        fails(() -> h.sdk.appointments().admitAssistant(FRONT_OFFICE, assistant), ErrorCode.APT_ASSISTANCE_CONSENT_MISSING);
        Appointment consented = h.sdk.appointments().recordAssistanceConsent(cie(user),
                new RecordAssistanceConsent(admitted.id(), admitted.version()));
        assertThat(consented.assistance().consentBy()).isEqualTo(user.id());
        Appointment assisted = h.sdk.appointments().admitAssistant(FRONT_OFFICE, new AdmitAssistant(consented.id(),
                consented.version(), "Giulia Rossi", assistant.document()));
        assertThat(assisted.assistance().assistantAdmitted()).isTrue();
        assertThat(assisted.assistance().check().maskedNumber()).isEqualTo("YA*****12");
        assertThat(assisted.assistance().consentAt()).isBeforeOrEqualTo(assisted.assistance().admittedAt());
        assertThat(h.sdk.audit().forObject(SdkHarness.PORTAL, "appointment", booked.id().toString(), PageRequest.first(20))
                .items()).extracting(AuditEntry::action).contains("APPOINTMENT_ASSISTANCE_CONSENTED", "APPOINTMENT_ASSISTANT_ADMITTED");

        fails(() -> h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(assisted.id(), assisted.version(),
                "WHATEVER", null)), ErrorCode.APT_OUTCOME_UNKNOWN);
        Appointment done = h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(assisted.id(),
                assisted.version(), "INFORMATION_GIVEN", "Spiegati i requisiti della pensione anticipata"));
        assertThat(done.status()).isEqualTo(AppointmentStatus.COMPLETED);
        fails(() -> h.sdk.appointments().cancel(cie(user), new CancelAppointment(done.id(), done.version(), "troppo tardi")),
                ErrorCode.APT_ILLEGAL_TRANSITION);
        fails(() -> h.sdk.appointments().complete(FRONT_OFFICE, new CompleteAppointment(done.id(), 0, "INFORMATION_GIVEN",
                null)), ErrorCode.CONCURRENT_MODIFICATION);
        assertThat(book(user, ContactMode.IN_PERSON, rome("2026-11-26T10:00")).status())
                .as("a completed appointment no longer counts as active").isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void wrongAdmissionCodesRunOutAndTheCodeExpiresWithTheSlot() {
        UserProfile user = h.citizenWithContacts();
        Instant start = rome("2026-11-24T10:00");
        Appointment booked = book(user, ContactMode.VIDEO_CALL, start);
        h.deliver();
        String code = admissionCode(smsTo(user));
        h.clock.set(start);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int remaining = 4; remaining >= 0; remaining--) {
            SportelloException e = fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), wrong)),
                    ErrorCode.APT_ADMISSION_CODE_WRONG);
            assertThat(e.details()).containsEntry("remaining", Integer.toString(remaining));
        }
        fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code)), ErrorCode.APT_ADMISSION_LOCKED);

        UserProfile other = h.citizenWithContacts();
        Appointment later = book(other, ContactMode.VIDEO_CALL, rome("2026-11-24T11:00"));
        h.deliver();
        String otherCode = admissionCode(smsTo(other));
        h.clock.set(later.end());
        fails(() -> h.sdk.appointments().join(cie(other), new JoinVideoCall(later.id(), otherCode)),
                ErrorCode.APT_ADMISSION_CODE_EXPIRED);
        fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(book(h.citizenWithContacts(), ContactMode.IN_PERSON,
                rome("2026-11-25T10:00")).id(), code)), ErrorCode.ACCESS_NOT_OWNER);
    }

    // ------------------------------------------------------------------ changes

    @Test
    void cancellingReleasesTheSeatDropsTheReminderAndSendsACancellation() {
        UserProfile user = h.citizenWithContacts();
        Instant start = rome("2026-11-24T10:00");
        Appointment booked = book(user, ContactMode.VIDEO_CALL, start);
        h.deliver();
        Appointment cancelled = h.sdk.appointments().cancel(cie(user), new CancelAppointment(booked.id(), booked.version(),
                "Ho risolto da solo"));
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Ho risolto da solo");
        assertThat(slot(availability(PENSION, ContactMode.VIDEO_CALL, TUESDAY, TUESDAY, false), start).remaining()).isEqualTo(2);
        assertThat(h.meetings.isClosed(booked.joinLink())).isTrue();
        assertThat(messages(user)).filteredOn(m -> m.kind().equals(MessageKind.APPOINTMENT_REMINDER))
                .isNotEmpty().allSatisfy(m -> assertThat(m.status()).isEqualTo(MessageStatus.CANCELLED));
        h.deliver();
        List<String> ics = invitations(user);
        assertThat(ics).hasSize(2);
        assertThat(ics).anySatisfy(cancel -> assertThat(cancel).contains("METHOD:CANCEL", "STATUS:CANCELLED",
                "UID:" + booked.id() + "@sportello", "SEQUENCE:1"));
        int sms = smsTo(user).size();
        h.clock.set(start);
        h.deliver();
        assertThat(smsTo(user)).as("no reminder after a cancellation").hasSize(sms);
        fails(() -> h.sdk.appointments().cancel(cie(user), new CancelAppointment(cancelled.id(), cancelled.version(), "again")),
                ErrorCode.APT_ILLEGAL_TRANSITION);
    }

    @Test
    void reschedulingMovesTheSeatAtomicallyKeepsTheInviteUidAndMovesTheReminder() {
        UserProfile user = h.citizenWithContacts();
        Instant ten = rome("2026-11-24T10:00");
        Instant eleven = rome("2026-11-24T11:00");
        Appointment booked = book(user, ContactMode.IN_PERSON, ten);
        Appointment moved = h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(booked.id(), booked.version(),
                eleven));
        assertThat(moved.start()).isEqualTo(eleven);
        assertThat(moved.id()).isEqualTo(booked.id());
        assertThat(moved.sequence()).isEqualTo(1);
        Availability day = availability(PENSION, ContactMode.IN_PERSON, TUESDAY, TUESDAY, false);
        assertThat(slot(day, ten).remaining()).isEqualTo(3);
        assertThat(slot(day, eleven).remaining()).isEqualTo(2);

        Instant noon = rome("2026-11-24T12:00");
        for (int i = 0; i < 3; i++) {
            book(h.citizen(), ContactMode.IN_PERSON, noon);
        }
        fails(() -> h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(moved.id(), moved.version(), noon)),
                ErrorCode.APT_SLOT_FULL);
        Appointment unchanged = h.sdk.appointments().get(cie(user), moved.id());
        assertThat(unchanged.start()).isEqualTo(eleven);
        assertThat(slot(availability(PENSION, ContactMode.IN_PERSON, TUESDAY, TUESDAY, false), eleven).remaining())
                .as("the old seat is kept when the new one cannot be had").isEqualTo(2);
        fails(() -> h.sdk.appointments().reschedule(cie(user), new RescheduleAppointment(moved.id(), moved.version(), eleven)),
                ErrorCode.APT_SAME_SLOT);

        h.deliver();
        List<String> ics = invitations(user);
        assertThat(ics).hasSize(2);   // the two e-mails may be delivered in either order
        assertThat(ics).anySatisfy(first -> assertThat(first).contains("UID:" + booked.id() + "@sportello", "SEQUENCE:0",
                "DTSTART;TZID=Europe/Rome:20261124T100000"));
        assertThat(ics).anySatisfy(second -> assertThat(second).contains("METHOD:REQUEST", "UID:" + booked.id() + "@sportello",
                "SEQUENCE:1", "DTSTART;TZID=Europe/Rome:20261124T110000"));
        List<MessageView> reminders = messages(user).stream().filter(m -> m.kind().equals(MessageKind.APPOINTMENT_REMINDER)
                && m.channel() == dev.sportello.Channel.SMS).toList();
        assertThat(reminders).extracting(MessageView::status).containsExactlyInAnyOrder(MessageStatus.CANCELLED, MessageStatus.QUEUED);
        assertThat(reminders).filteredOn(m -> m.status() == MessageStatus.QUEUED).singleElement()
                .satisfies(m -> assertThat(m.dueAt()).isEqualTo(eleven.minus(Duration.ofMinutes(30))));
    }

    @Test
    void reschedulingSomeoneElsesAppointmentIsDeniedAndAudited() {
        UserProfile owner = h.citizenWithContacts();
        UserProfile other = h.citizenWithContacts();
        Appointment booked = book(owner, ContactMode.IN_PERSON, rome("2026-11-24T10:00"));
        fails(() -> h.sdk.appointments().reschedule(cie(other), new RescheduleAppointment(booked.id(), booked.version(),
                rome("2026-11-24T11:00"))), ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.appointments().get(cie(other), booked.id()), ErrorCode.ACCESS_NOT_OWNER);
        fails(() -> h.sdk.appointments().cancel(CAGLIARI, new CancelAppointment(booked.id(), booked.version(), "no")),
                ErrorCode.ACCESS_WRONG_OFFICE);
        assertThat(h.sdk.audit().forObject(SdkHarness.PORTAL, "appointment", booked.id().toString(), PageRequest.first(20))
                .items()).filteredOn(a -> a.outcome() == AuditEntry.Outcome.DENIED).extracting(AuditEntry::actor)
                .contains(other.id(), TckOffices.CAGLIARI_BACK_OFFICE);
        assertThat(h.sdk.appointments().get(cie(owner), booked.id()).start()).isEqualTo(rome("2026-11-24T10:00"));
        Appointment byOffice = h.sdk.appointments().cancel(FRONT_OFFICE, new CancelAppointment(booked.id(), booked.version(),
                "Operatore assente"));
        assertThat(byOffice.status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void aBookingMadeLessThanThirtyMinutesAheadRecordsItsReminderAsSkipped() {
        UserProfile user = h.citizenWithContacts();
        h.clock.set(rome("2026-11-25T01:10"));
        Appointment booked = h.sdk.appointments().book(cie(user), new BookAppointment(key(), TckOffices.CONTACT_CENTER,
                TckOffices.NIGHT_CALLBACK.code(), ContactMode.PHONE_CALLBACK, rome("2026-11-25T01:30"), false));
        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(messages(user)).filteredOn(m -> m.kind().equals(MessageKind.APPOINTMENT_REMINDER)).isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED);
                    assertThat(m.skipReason()).isEqualTo(SkipReason.REMINDER_WINDOW_PASSED);
                });
        h.deliver();
        assertThat(smsTo(user)).anySatisfy(s -> assertThat(s.text()).contains("25/11/2026 01:30"));
    }

    @Test
    void aUserWhoDoesNotShowUpBecomesANoShowAfterTheGracePeriod() {
        UserProfile user = h.citizenWithContacts();
        Instant start = rome("2026-11-24T10:00");
        Appointment booked = book(user, ContactMode.IN_PERSON, start);
        h.clock.set(start.plus(Duration.ofMinutes(10)));
        fails(() -> h.sdk.appointments().markNoShow(FRONT_OFFICE, new MarkNoShow(booked.id(), booked.version())),
                ErrorCode.APT_NO_SHOW_TOO_EARLY);
        h.deliver();
        assertThat(h.sdk.appointments().get(FRONT_OFFICE, booked.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
        h.clock.set(start.plus(Duration.ofMinutes(15)));
        h.deliver();
        assertThat(h.sdk.appointments().get(FRONT_OFFICE, booked.id()).status()).isEqualTo(AppointmentStatus.NO_SHOW);

        UserProfile other = h.citizenWithContacts();
        h.clock.set(SdkHarness.START);
        Appointment second = book(other, ContactMode.IN_PERSON, start);
        h.clock.set(start.plus(Duration.ofMinutes(20)));
        assertThat(h.sdk.appointments().markNoShow(FRONT_OFFICE, new MarkNoShow(second.id(), second.version())).status())
                .isEqualTo(AppointmentStatus.NO_SHOW);
    }

    // ------------------------------------------------------------------ waitlist and closures

    @Test
    void aFreedSeatIsOfferedToTheFirstWaitingUserUntilTheOfferExpiresThenToTheNext() {
        String topic = TckOffices.CERTIFICATES.code();
        Instant nine = rome("2026-11-24T09:00");
        Instant halfPast = rome("2026-11-24T09:30");
        UserProfile a = h.citizenWithContacts();
        UserProfile b = h.citizenWithContacts();
        UserProfile first = h.citizenWithContacts();
        UserProfile second = h.citizenWithContacts();
        UserProfile latecomer = h.citizenWithContacts();
        fails(() -> h.sdk.appointments().joinWaitlist(cie(first), new JoinWaitlist(ROMA, topic, ContactMode.IN_PERSON,
                TUESDAY, false)), ErrorCode.APT_SEATS_AVAILABLE);
        Appointment taken = h.sdk.appointments().book(cie(a), new BookAppointment(key(), ROMA, topic, ContactMode.IN_PERSON,
                nine, false));
        h.sdk.appointments().book(cie(b), new BookAppointment(key(), ROMA, topic, ContactMode.IN_PERSON, halfPast, false));
        WaitlistEntry w1 = h.sdk.appointments().joinWaitlist(cie(first), new JoinWaitlist(ROMA, topic, ContactMode.IN_PERSON,
                TUESDAY, false));
        h.clock.advance(Duration.ofSeconds(1));
        WaitlistEntry w2 = h.sdk.appointments().joinWaitlist(cie(second), new JoinWaitlist(ROMA, topic, ContactMode.IN_PERSON,
                TUESDAY, false));
        assertThat(w1.status()).isEqualTo(WaitlistStatus.WAITING);
        fails(() -> h.sdk.appointments().joinWaitlist(cie(first), new JoinWaitlist(ROMA, topic, ContactMode.IN_PERSON,
                TUESDAY, false)), ErrorCode.APT_ALREADY_WAITING);

        h.sdk.appointments().cancel(cie(a), new CancelAppointment(taken.id(), taken.version(), "Imprevisto"));
        WaitlistEntry offered = h.sdk.appointments().waitlist(cie(first)).get(0);
        assertThat(offered.status()).isEqualTo(WaitlistStatus.OFFERED);
        assertThat(offered.offeredStart()).isEqualTo(nine);
        assertThat(offered.offerExpiresAt()).isEqualTo(h.clock.instant().plus(Duration.ofHours(2)));
        assertThat(messages(first)).anySatisfy(m -> assertThat(m.kind()).isEqualTo(MessageKind.WAITLIST_OFFER));
        fails(() -> h.sdk.appointments().book(cie(latecomer), new BookAppointment(key(), ROMA, topic, ContactMode.IN_PERSON,
                nine, false)), ErrorCode.APT_SLOT_FULL);

        h.clock.advance(Duration.ofHours(2));
        h.deliver();
        assertThat(h.sdk.appointments().waitlist(cie(first)).get(0).status()).isEqualTo(WaitlistStatus.EXPIRED);
        WaitlistEntry next = h.sdk.appointments().waitlist(cie(second)).get(0);
        assertThat(next.status()).isEqualTo(WaitlistStatus.OFFERED);
        long lapsed = h.sdk.appointments().waitlist(cie(first)).get(0).version();
        fails(() -> h.sdk.appointments().answerOffer(cie(first), new AnswerOffer(offered.id(), lapsed, true)), ErrorCode.APT_NO_OFFER);
        fails(() -> h.sdk.appointments().answerOffer(cie(first), new AnswerOffer(next.id(), next.version(), true)),
                ErrorCode.ACCESS_NOT_OWNER);
        WaitlistEntry accepted = h.sdk.appointments().answerOffer(cie(second), new AnswerOffer(next.id(), next.version(), true));
        assertThat(accepted.status()).isEqualTo(WaitlistStatus.ACCEPTED);
        Appointment got = h.sdk.appointments().get(cie(second), accepted.appointment());
        assertThat(got.start()).isEqualTo(nine);
        assertThat(slot(availability(topic, ContactMode.IN_PERSON, TUESDAY, TUESDAY, false), nine).remaining()).isZero();
        assertThat(h.sdk.appointments().agenda(FRONT_OFFICE, ROMA, TUESDAY)).extracting(Appointment::owner)
                .contains(second.id(), b.id()).doesNotContain(a.id());
        assertThat(w2.id()).isEqualTo(next.id());
    }

    @Test
    void closingADayCancelsItsBookingsAndWaitlistAndTellsTheUsers() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = book(user, ContactMode.VIDEO_CALL, rome("2026-11-26T10:00"));
        h.deliver();
        h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(ROMA, LocalDate.of(2026, 11, 26), "Assemblea del personale"));
        Appointment cancelled = h.sdk.appointments().get(cie(user), booked.id());
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Assemblea del personale");
        h.deliver();
        assertThat(h.sdk.notifications().inbox(SdkHarness.as(user), user.id(), PageRequest.first(10)).items())
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(MessageKind.APPOINTMENT_CANCELLED);
                    assertThat(n.body()).contains("Assemblea del personale");
                });
        assertThat(smsTo(user)).anySatisfy(s -> assertThat(s.text()).contains("annullato"));
        fails(() -> book(h.citizenWithContacts(), ContactMode.IN_PERSON, rome("2026-11-26T11:00")), ErrorCode.APT_OFFICE_CLOSED);
        assertThat(availability(PENSION, ContactMode.IN_PERSON, LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26), false)
                .slots()).isEmpty();
        assertThat(h.sdk.appointments().mine(cie(user), PageRequest.first(5)).items()).extracting(Appointment::status)
                .containsExactly(AppointmentStatus.CANCELLED);
    }
}
