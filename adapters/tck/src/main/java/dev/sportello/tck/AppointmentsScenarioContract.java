package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.AppointmentMessageKinds;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.appointments.LeaveWaitlist;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.SkipReason;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking appointments end to end over the storage under test (R-APT-1…4, R-USR-2).
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class AppointmentsScenarioContract extends AppointmentScenarios {

    /** R-APT-1: calendars, availability and booking. */
    @Nested
    @DisplayName("R-APT-1 a user books an office for a topic in a contact mode")
    class Booking {
        @Test
        @DisplayName("availability lists the slots with their remaining seats per mode and skips holidays")
        void availabilityListsTheSlotsWithTheirRemainingSeatsAndSkipsHolidays() {
            UserProfile user = h.citizen();
            Availability before = availability(PENSION, ContactMode.IN_PERSON, LocalDate.of(2026, 12, 7),
                    LocalDate.of(2026, 12, 9), Interpretation.NONE);
            // 8 December is a national holiday: only the 7th and the 9th, 8 slots of 30 minutes each from 08:30
            assertThat(before.slots()).hasSize(16);
            assertThat(before.slots()).extracting(s -> s.local().toLocalDate()).doesNotContain(LocalDate.of(2026, 12, 8));
            assertThat(before.slots()).allSatisfy(s -> assertThat(s.remaining()).isEqualTo(3));
            assertThat(before.slots().get(0).local().toLocalTime()).isEqualTo(LocalTime.of(8, 30));
            assertThat(before.slots().get(7).local().toLocalTime()).isEqualTo(LocalTime.of(12, 0));
            Instant start = rome("2026-12-07T09:00");
            book(user, ContactMode.IN_PERSON, start);
            assertThat(remaining(ContactMode.IN_PERSON, start)).isEqualTo(2);
            assertThat(remaining(ContactMode.VIDEO_CALL, start)).as("seats are counted per mode").isEqualTo(2);
        }

        @Test
        @DisplayName("slots follow the wall clock across daylight-saving changes")
        void slotsFollowTheWallClockAcrossDaylightSavingChanges() {
            h.clock.set(Instant.parse("2026-03-20T12:00:00Z"));
            OfficeCode centre = TckOffices.CONTACT_CENTER;
            TopicCode topic = TckOffices.NIGHT_CALLBACK.code();
            Availability spring = h.sdk.appointments().availability(SdkHarness.PORTAL, AvailabilityQuery.of(centre, topic,
                    ContactMode.PHONE_CALLBACK, LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29)));
            // 02:00-03:00 does not exist on the spring-forward night: no slot at 02:00 nor at 02:30
            assertThat(spring.slots()).extracting(s -> s.local().toLocalTime().toString())
                    .containsExactly("01:00", "01:30", "03:00", "03:30");
            Availability autumn = h.sdk.appointments().availability(SdkHarness.PORTAL, AvailabilityQuery.of(centre, topic,
                    ContactMode.PHONE_CALLBACK, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25)));
            // 02:00-03:00 happens twice on the fall-back night: each wall-clock start is offered once
            assertThat(autumn.slots()).extracting(s -> s.local().toLocalTime().toString())
                    .containsExactly("01:00", "01:30", "02:00", "02:30", "03:00", "03:30");
            for (int i = 1; i < autumn.slots().size(); i++) {
                assertThat(autumn.slots().get(i).start()).isAfterOrEqualTo(autumn.slots().get(i - 1).end());
            }
            UserProfile user = h.citizenWithContacts();
            Instant afterTheGap = spring.slots().get(2).start();
            assertThat(afterTheGap).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
            fails(() -> h.sdk.appointments().book(cie(user), BookAppointment.of(key(), centre, topic,
                    ContactMode.PHONE_CALLBACK, afterTheGap.plus(Duration.ofMinutes(15)))), ErrorCode.APT_SLOT_NOT_OFFERED);
            Appointment booked = h.sdk.appointments().book(cie(user), BookAppointment.of(key(), centre, topic,
                    ContactMode.PHONE_CALLBACK, afterTheGap));
            assertThat(booked.localStart().toLocalTime()).isEqualTo(LocalTime.of(3, 0));
            assertThat(booked.localStart().getOffset().getTotalSeconds()).isEqualTo(7200);
        }

        @Test
        @DisplayName("a retry with the same key returns the same booking; one active booking per topic")
        void aRetryWithTheSameKeyReturnsTheSameBookingAndAUserHoldsOneActiveBookingPerTopic() {
            UserProfile user = h.citizenWithContacts();
            BookAppointment command = BookAppointment.of(key(), ROMA, PENSION, ContactMode.IN_PERSON, rome("2026-11-24T10:00"));
            Appointment first = h.sdk.appointments().book(cie(user), command);
            Appointment retry = h.sdk.appointments().book(cie(user), command);
            assertThat(retry.id()).isEqualTo(first.id());
            assertThat(remaining(ContactMode.IN_PERSON, command.start())).isEqualTo(2);
            fails(() -> h.sdk.appointments().book(cie(user), BookAppointment.of(command.idempotencyKey(), ROMA, PENSION,
                    ContactMode.IN_PERSON, rome("2026-11-24T11:00"))), ErrorCode.APT_IDEMPOTENCY_KEY_REUSED);
            fails(() -> book(user, ContactMode.PHONE_CALLBACK, rome("2026-11-25T11:00")), ErrorCode.APT_TOO_MANY_ACTIVE);
            h.sdk.appointments().cancel(cie(user), new CancelAppointment(first.id(), first.version(), "Non posso più venire"));
            assertThat(book(user, ContactMode.PHONE_CALLBACK, rome("2026-11-25T11:00")).status())
                    .isEqualTo(AppointmentStatus.BOOKED);
        }

        @Test
        @DisplayName("bad slots and unknown calendars are refused with their codes")
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
            fails(() -> h.sdk.appointments().book(cie(user), BookAppointment.of(key(), ROMA, new TopicCode("DIVORCE_ADVICE"),
                    ContactMode.IN_PERSON, rome("2026-11-24T10:00"))), ErrorCode.APT_TOPIC_UNKNOWN);
            fails(() -> h.sdk.appointments().book(cie(user), BookAppointment.of(key(), new OfficeCode("MILANO"), PENSION,
                    ContactMode.IN_PERSON, rome("2026-11-24T10:00"))), ErrorCode.OFF_OFFICE_UNKNOWN);
            fails(() -> h.sdk.appointments().book(cie(user), BookAppointment.of("short", ROMA, PENSION,
                    ContactMode.IN_PERSON, rome("2026-11-24T10:00"))), ErrorCode.VALIDATION_FAILED);
            fails(() -> availability(PENSION, ContactMode.IN_PERSON, TUESDAY, TUESDAY.plusDays(90), Interpretation.NONE),
                    ErrorCode.APT_RANGE_INVALID);
            fails(() -> h.sdk.appointments().get(cie(user), new AppointmentId(UUID.randomUUID())), ErrorCode.APT_NOT_FOUND);
            fails(() -> h.sdk.appointments().leaveWaitlist(cie(user), new LeaveWaitlist(new WaitlistEntryId(UUID.randomUUID()),
                    0)), ErrorCode.APT_WAITLIST_NOT_FOUND);
            assertThat(h.sdk.appointments().mine(cie(user), PageRequest.first(10)).items()).isEmpty();
        }

        @Test
        @DisplayName("phone callbacks need a verified mobile and tell the operator the number")
        void phoneCallbacksNeedAVerifiedMobileAndTellTheOperatorTheNumber() {
            UserProfile without = h.citizen();
            fails(() -> book(without, ContactMode.PHONE_CALLBACK, rome("2026-11-24T10:00")), ErrorCode.APT_PHONE_NOT_VERIFIED);
            UserProfile with = h.citizenWithContacts();
            Appointment booked = book(with, ContactMode.PHONE_CALLBACK, rome("2026-11-24T10:00"));
            Appointment seen = h.sdk.appointments().get(FRONT_OFFICE, booked.id());
            ContactDetails.PhoneCallback callback = (ContactDetails.PhoneCallback) seen.contact();
            assertThat(with.contacts()).anySatisfy(c -> assertThat(c.value()).isEqualTo(callback.number().e164()));
        }
    }

    /** R-APT-1 with R-USR-2. */
    @Nested
    @DisplayName("R-APT-1 and R-USR-2 a video call needs PIN, SPID level 2, CNS or CIE")
    class Assurance {
        @Test
        @DisplayName("SPID level 1 is refused and the institutional PIN accepted")
        void aVideoCallNeedsPinSpidLevelTwoCnsOrCie() {
            UserProfile user = h.citizenWithContacts();
            BookAppointment video = BookAppointment.of(key(), ROMA, PENSION, ContactMode.VIDEO_CALL, rome("2026-11-24T10:00"));
            fails(() -> h.sdk.appointments().book(Principal.user(user.id(), Credential.SPID_L1), video),
                    ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            assertThat(h.sdk.appointments().book(Principal.user(user.id(), Credential.INSTITUTIONAL_PIN), video).mode())
                    .isEqualTo(ContactMode.VIDEO_CALL);
        }
    }

    /** R-APT-2. */
    @Nested
    @DisplayName("R-APT-2 second-level information is for intermediaries and companies")
    class SecondLevel {
        @Test
        @DisplayName("a citizen is refused; an intermediary books for a company under its mandate, audited for both")
        void secondLevelInformationIsForIntermediariesAndCompanies() {
            UserProfile citizen = h.citizenWithContacts();
            TopicCode topic = TckOffices.COMPANY_POSITION.code();
            Instant start = rome("2026-11-25T09:30");
            fails(() -> h.sdk.appointments().book(cie(citizen), BookAppointment.of(key(), ROMA, topic, ContactMode.IN_PERSON,
                    start)), ErrorCode.APT_SECOND_LEVEL_NOT_ALLOWED);
            UserProfile company = h.company("H501");
            UserProfile consultant = h.intermediary();
            h.mandate(company, consultant, SdkHarness.START.plus(Duration.ofDays(365)));
            Principal forCompany = cie(consultant).actingFor(company.id());
            Appointment booked = h.sdk.appointments().book(forCompany, BookAppointment.of(key(), ROMA, topic,
                    ContactMode.IN_PERSON, start));
            assertThat(booked.owner()).isEqualTo(company.id());
            assertThat(booked.bookedBy()).isEqualTo(consultant.id());
            AuditEntry audit = h.sdk.audit().forSubject(SdkHarness.PORTAL, booked.id(), PageRequest.first(5)).items().get(0);
            assertThat(audit.actor()).isEqualTo(consultant.id());
            assertThat(audit.onBehalfOf()).isEqualTo(company.id());
            assertThat(audit.delegation()).as("R-DEL-5: the mandate used is recorded").isNotNull();
            fails(() -> h.sdk.appointments().book(cie(company), BookAppointment.of(key(), ROMA, topic,
                    ContactMode.PHONE_CALLBACK, start)), ErrorCode.APT_MODE_NOT_OFFERED);
        }
    }

    /** R-APT-4. */
    @Nested
    @DisplayName("R-APT-4 a booking is confirmed and reminded 30 minutes before")
    class Reminders {
        @Test
        @DisplayName("confirmed in the inbox, by SMS and by e-mail with an invitation; the reminder comes 30 minutes before")
        void aBookingIsConfirmedInTheInboxBySmsAndByEmailWithAnInviteAndRemindedThirtyMinutesBefore() {
            UserProfile user = h.citizenWithContacts();
            Instant start = rome("2026-11-24T10:00");
            Appointment booked = book(user, ContactMode.IN_PERSON, start);
            assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
            assertThat(booked.end()).isEqualTo(start.plus(Duration.ofMinutes(30)));
            assertThat(booked.contact()).isInstanceOf(ContactDetails.InPerson.class);
            h.deliver();
            assertThat(h.sdk.notifications().inbox(SdkHarness.as(user), user.id(), PageRequest.first(10)).items())
                    .anySatisfy(n -> {
                        assertThat(n.kind()).isEqualTo(AppointmentMessageKinds.CONFIRMED);
                        assertThat(n.body()).contains("24/11/2026 10:00").contains("Roma Tiburtino");
                    });
            assertThat(smsTo(user)).anySatisfy(s -> assertThat(s.text()).contains("appuntamento confermato il 24/11/2026 10:00"));
            List<String> ics = invitations(user);
            assertThat(ics).hasSize(1);
            assertThat(ics.get(0)).contains("METHOD:REQUEST", "UID:" + booked.id() + "@sportello", "SEQUENCE:0",
                    "DTSTART;TZID=Europe/Rome:20261124T100000", "DTEND;TZID=Europe/Rome:20261124T103000",
                    "BEGIN:VTIMEZONE", "TZID:Europe/Rome");
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
        @DisplayName("a booking made less than 30 minutes ahead records its reminder as skipped")
        void aBookingMadeLessThanThirtyMinutesAheadRecordsItsReminderAsSkipped() {
            UserProfile user = h.citizenWithContacts();
            h.clock.set(rome("2026-11-25T01:10"));
            Appointment booked = h.sdk.appointments().book(cie(user), BookAppointment.of(key(), TckOffices.CONTACT_CENTER,
                    TckOffices.NIGHT_CALLBACK.code(), ContactMode.PHONE_CALLBACK, rome("2026-11-25T01:30")));
            assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
            assertThat(messages(user)).filteredOn(m -> m.kind().equals(AppointmentMessageKinds.REMINDER)).isNotEmpty()
                    .allSatisfy(m -> {
                        assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED);
                        assertThat(m.skipReason()).isEqualTo(SkipReason.REMINDER_WINDOW_PASSED);
                    });
            h.deliver();
            assertThat(smsTo(user)).anySatisfy(s -> assertThat(s.text()).contains("25/11/2026 01:30"));
        }
    }

    /** R-APT-3 (the room and the code; joining is in {@link AppointmentCallsContract}). */
    @Nested
    @DisplayName("R-APT-3 a video call gets its room after commit, a link and an admission code")
    class VideoCalls {
        @Test
        @DisplayName("the room opens after commit; the confirmation carries the link; the code is stored only hashed")
        void aVideoCallGetsAJoinLinkAndAnAdmissionCodeBySmsThatIsStoredOnlyHashed() {
            UserProfile user = h.citizenWithContacts();
            Appointment booked = book(user, ContactMode.VIDEO_CALL, rome("2026-11-24T10:00"));
            assertThat(link(booked)).as("no room is opened inside the booking's transaction").isEmpty();
            assertThat(h.meetings.openRooms()).isEmpty();
            h.deliver();
            Appointment opened = h.sdk.appointments().get(cie(user), booked.id());
            assertThat(link(opened)).hasValueSatisfying(l -> assertThat(l.toString())
                    .startsWith("https://meet.sportello.invalid/room/"));
            assertThat(h.meetings.openRooms()).containsExactly(link(opened).orElseThrow());
            String code = admissionCode(smsTo(user));
            assertThat(code).hasSize(6);
            AppointmentRecord stored = tx((Stores s) -> s.get(AppointmentStore.class).find(booked.id())).orElseThrow();
            assertThat(stored.admissionCodeHash()).isNotNull().doesNotContain(code);
            assertThat(h.sdk.notifications().inbox(SdkHarness.as(user), user.id(), PageRequest.first(10)).items())
                    .anySatisfy(n -> {
                        assertThat(n.kind()).isEqualTo(AppointmentMessageKinds.VIDEO_CALL_CONFIRMED);
                        assertThat(n.body()).contains(link(opened).orElseThrow().toString()).contains("Come funziona")
                                .contains("Privacy");
                    });
            assertThat(invitations(user)).singleElement().asString().contains("URL:" + link(opened).orElseThrow());
            assertThat(messages(user)).filteredOn(m -> m.kind().equals(AppointmentMessageKinds.ADMISSION_CODE))
                    .singleElement().satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
        }

        @Test
        @DisplayName("only video calls are joined with an admission code")
        void onlyVideoCallsAreJoinedWithACode() {
            UserProfile user = h.citizenWithContacts();
            Instant start = rome("2026-11-24T10:00");
            Appointment inPerson = book(user, ContactMode.IN_PERSON, start);
            h.clock.set(start.minus(Duration.ofMinutes(5)));
            fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(inPerson.id(), "123456")),
                    ErrorCode.APT_NOT_A_VIDEO_CALL);
        }
    }
}
