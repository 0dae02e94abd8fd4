package dev.sportello.core.internal.appointments;

import dev.sportello.AssuranceLevel;
import dev.sportello.AssurancePolicy;
import dev.sportello.Credential;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.Availability;
import dev.sportello.appointments.AvailabilityQuery;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.CancelAppointment;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Slot;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.ContactKind;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** Booking an office for a topic in a contact mode (R-APT-1, R-APT-2, R-USR-2). */
class AppointmentBookingRulesTest {
    private static final OfficeCode ROMA = TestOffices.ROMA;
    private static final TopicCode PENSION = TestOffices.PENSION_INFO.code();
    private static final TopicCode COMPANY = TestOffices.COMPANY_POSITION.code();
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Appointment book(Principal p, TopicCode topic, ContactMode mode, Instant start) {
        return h.sdk.appointments().book(p, BookAppointment.of(h.key(), ROMA, topic, mode, start));
    }

    private int remaining(ContactMode mode, Instant start) {
        LocalDate day = start.atZone(Office.ROME).toLocalDate();
        Availability a = h.sdk.appointments().availability(PORTAL, AvailabilityQuery.of(ROMA, PENSION, mode, day, day));
        return a.slots().stream().filter(s -> s.start().equals(start)).findFirst().orElseThrow().remaining();
    }

    @Nested
    @DisplayName("R-APT-1 a user books an office for a topic, in person, by phone callback or by video call")
    class Booking {
        @Test
        @DisplayName("R-APT-1 availability lists the slots and seats of each mode; a booking takes a seat of its mode")
        void availabilityAndSeats() {
            Availability days = h.sdk.appointments().availability(PORTAL, AvailabilityQuery.of(ROMA, PENSION,
                    ContactMode.IN_PERSON, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9)));
            assertThat(days.slots()).hasSize(16).allSatisfy(s -> assertThat(s.remaining()).isEqualTo(3));
            assertThat(days.slots()).extracting(s -> s.local().toLocalDate()).doesNotContain(LocalDate.of(2026, 12, 8));
            assertThat(days.slots()).extracting(Slot::local).first().satisfies(t ->
                    assertThat(t.toLocalTime()).isEqualTo(LocalTime.of(8, 30)));
            Instant start = rome("2026-12-07T09:00");
            book(cie(h.citizen()), PENSION, ContactMode.IN_PERSON, start);
            assertThat(remaining(ContactMode.IN_PERSON, start)).isEqualTo(2);
            assertThat(remaining(ContactMode.VIDEO_CALL, start)).isEqualTo(2);
        }

        @Test
        @DisplayName("R-APT-1 each mode keeps its contact details: the office, the verified mobile, the video room")
        void eachModeKeepsItsDetails() {
            Instant ten = rome("2026-11-24T10:00");
            assertThat(book(cie(h.citizen()), PENSION, ContactMode.IN_PERSON, ten).contact())
                    .isInstanceOf(ContactDetails.InPerson.class);
            UserProfile caller = h.citizenWithContacts();
            Appointment callback = book(cie(caller), PENSION, ContactMode.PHONE_CALLBACK, ten);
            assertThat(((ContactDetails.PhoneCallback) callback.contact()).number().e164())
                    .isEqualTo(caller.verifiedContact(ContactKind.MOBILE).orElseThrow().value());
            Appointment video = book(cie(h.citizenWithContacts()), PENSION, ContactMode.VIDEO_CALL, ten);
            assertThat(((ContactDetails.VideoCall) video.contact()).joinLink()).as("the room opens after commit").isEmpty();
            h.deliver();
            assertThat(((ContactDetails.VideoCall) h.sdk.appointments().get(PORTAL, video.id()).contact()).joinLink())
                    .isPresent();
        }

        @Test
        @DisplayName("R-APT-1 a phone callback or a video call needs a verified mobile")
        void remoteModesNeedAVerifiedMobile() {
            UserProfile user = h.citizen();
            Instant ten = rome("2026-11-24T10:00");
            fails(() -> book(cie(user), PENSION, ContactMode.PHONE_CALLBACK, ten), ErrorCode.APT_PHONE_NOT_VERIFIED);
            fails(() -> book(cie(user), PENSION, ContactMode.VIDEO_CALL, ten), ErrorCode.APT_PHONE_NOT_VERIFIED);
            assertThat(h.sdk.appointments().mine(cie(user), PageRequest.first(5)).items()).isEmpty();
        }

        @Test
        @DisplayName("R-APT-1 only offered slots are booked: not past, closed, off the grid, too soon or too far")
        void onlyOfferedSlotsAreBooked() {
            Principal p = cie(h.citizen());
            fails(() -> book(p, PENSION, ContactMode.IN_PERSON, rome("2026-11-23T09:00")), ErrorCode.APT_SLOT_IN_PAST);
            fails(() -> book(p, PENSION, ContactMode.IN_PERSON, rome("2026-11-24T10:10")), ErrorCode.APT_SLOT_NOT_OFFERED);
            fails(() -> book(p, PENSION, ContactMode.IN_PERSON, rome("2026-11-24T13:00")), ErrorCode.APT_SLOT_NOT_OFFERED);
            SportelloException holiday = fails(() -> book(p, PENSION, ContactMode.IN_PERSON, rome("2026-12-08T10:00")),
                    ErrorCode.APT_OFFICE_CLOSED);
            assertThat(holiday.details()).containsEntry("field", "start");
            fails(() -> book(p, PENSION, ContactMode.IN_PERSON, rome("2026-11-28T10:00")), ErrorCode.APT_OFFICE_CLOSED);
            fails(() -> book(p, PENSION, ContactMode.IN_PERSON, rome("2026-11-23T10:30")), ErrorCode.APT_NOTICE_TOO_SHORT);
            fails(() -> book(p, PENSION, ContactMode.IN_PERSON, rome("2027-02-01T10:00")), ErrorCode.APT_BEYOND_HORIZON);
            fails(() -> book(p, new TopicCode("DIVORCE_ADVICE"), ContactMode.IN_PERSON, rome("2026-11-24T10:00")),
                    ErrorCode.APT_TOPIC_UNKNOWN);
            fails(() -> h.sdk.appointments().book(p, BookAppointment.of(h.key(), new OfficeCode("MILANO"), PENSION,
                    ContactMode.IN_PERSON, rome("2026-11-24T10:00"))), ErrorCode.OFF_OFFICE_UNKNOWN);
            fails(() -> book(cie(h.company()), COMPANY, ContactMode.PHONE_CALLBACK, rome("2026-11-25T10:00")),
                    ErrorCode.APT_MODE_NOT_OFFERED);
            fails(() -> h.sdk.appointments().book(p, BookAppointment.of("short", ROMA, PENSION, ContactMode.IN_PERSON,
                    rome("2026-11-24T10:00"))), ErrorCode.VALIDATION_FAILED);
        }

        @Test
        @DisplayName("R-APT-1 seats are never overbooked, even when bookings race")
        void seatsAreNeverOverbooked() throws Exception {
            Instant start = rome("2026-11-24T11:00");
            List<Principal> users = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                users.add(cie(h.citizen()));
            }
            Map<String, Integer> outcomes = new ConcurrentHashMap<>();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> runs = new ArrayList<>();
                for (Principal user : users) {
                    BookAppointment command = BookAppointment.of(h.key(), ROMA, PENSION, ContactMode.IN_PERSON, start);
                    runs.add(pool.submit(() -> {
                        go.await();
                        try {
                            h.sdk.appointments().book(user, command);
                            outcomes.merge("BOOKED", 1, Integer::sum);
                        } catch (SportelloException e) {
                            outcomes.merge(e.code().name(), 1, Integer::sum);
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> run : runs) {
                    run.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of("BOOKED", 3, "APT_SLOT_FULL", 5));
            assertThat(remaining(ContactMode.IN_PERSON, start)).isZero();
        }

        @Test
        @DisplayName("R-APT-1 a retry with the same key returns the same booking; one active booking per topic")
        void retriesAndOneActiveBooking() {
            UserProfile user = h.citizenWithContacts();
            BookAppointment command = BookAppointment.of(h.key(), ROMA, PENSION, ContactMode.IN_PERSON,
                    rome("2026-11-24T10:00"));
            Appointment first = h.sdk.appointments().book(cie(user), command);
            assertThat(h.sdk.appointments().book(cie(user), command).id()).isEqualTo(first.id());
            assertThat(remaining(ContactMode.IN_PERSON, command.start())).isEqualTo(2);
            fails(() -> h.sdk.appointments().book(cie(user), BookAppointment.of(command.idempotencyKey(), ROMA, PENSION,
                    ContactMode.IN_PERSON, rome("2026-11-24T11:00"))), ErrorCode.APT_IDEMPOTENCY_KEY_REUSED);
            fails(() -> book(cie(user), PENSION, ContactMode.PHONE_CALLBACK, rome("2026-11-25T11:00")),
                    ErrorCode.APT_TOO_MANY_ACTIVE);
            h.sdk.appointments().cancel(cie(user), new CancelAppointment(first.id(), first.version(), "Non posso"));
            assertThat(book(cie(user), PENSION, ContactMode.PHONE_CALLBACK, rome("2026-11-25T11:00")).mode())
                    .isEqualTo(ContactMode.PHONE_CALLBACK);
        }
    }

    @Nested
    @DisplayName("R-APT-1 and R-USR-2 a video call needs PIN, SPID, CNS or CIE")
    class VideoCallAssurance {
        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Credential.class, names = {"INSTITUTIONAL_PIN", "SPID_L2", "SPID_L3", "CNS", "CIE"})
        @DisplayName("R-APT-1 the PIN, SPID level 2 or 3, CNS and CIE book a video call")
        void theseCredentialsBookAVideoCall(Credential credential) {
            UserProfile user = h.citizenWithContacts();
            assertThat(book(Principal.user(user.id(), credential), PENSION, ContactMode.VIDEO_CALL, rome("2026-11-24T10:00"))
                    .mode()).isEqualTo(ContactMode.VIDEO_CALL);
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = Credential.class, names = {"SPID_L1", "USERNAME_PASSWORD"})
        @DisplayName("R-APT-1 a low-assurance login does not book a video call")
        void lowAssuranceDoesNotBookAVideoCall(Credential credential) {
            UserProfile user = h.citizenWithContacts();
            fails(() -> book(Principal.user(user.id(), credential), PENSION, ContactMode.VIDEO_CALL, rome("2026-11-24T10:00")),
                    ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
            assertThat(remaining(ContactMode.VIDEO_CALL, rome("2026-11-24T10:00"))).isEqualTo(2);
        }

        @Test
        @DisplayName("R-APT-1 a video call is guarded by its own policy entry, apart from other bookings")
        void videoCallsHaveTheirOwnPolicy() {
            AssurancePolicy policy = AssurancePolicy.builder().require(Operation.APPOINTMENT_BOOK_VIDEO_CALL,
                    AssuranceLevel.HIGH).build();
            try (CoreFixture strict = new CoreFixture(b -> b.assurancePolicy(policy))) {
                UserProfile user = strict.citizenWithContacts();
                fails(() -> strict.sdk.appointments().book(as(user), BookAppointment.of(strict.key(), ROMA, PENSION,
                        ContactMode.VIDEO_CALL, rome("2026-11-24T10:00"))), ErrorCode.ACCESS_ASSURANCE_TOO_LOW);
                assertThat(strict.sdk.appointments().book(as(user), BookAppointment.of(strict.key(), ROMA, PENSION,
                        ContactMode.IN_PERSON, rome("2026-11-24T10:00"))).mode()).isEqualTo(ContactMode.IN_PERSON);
            }
        }
    }

    @Nested
    @DisplayName("R-APT-2 second-level information is for intermediaries and companies; first level for everyone")
    class SecondLevel {
        @Test
        @DisplayName("R-APT-2 a citizen is refused second-level information but books first-level information")
        void aCitizenIsRefusedSecondLevel() {
            UserProfile citizen = h.citizen();
            fails(() -> book(cie(citizen), COMPANY, ContactMode.IN_PERSON, rome("2026-11-25T09:30")),
                    ErrorCode.APT_SECOND_LEVEL_NOT_ALLOWED);
            assertThat(book(cie(citizen), PENSION, ContactMode.IN_PERSON, rome("2026-11-25T09:30")).topic())
                    .isEqualTo(PENSION);
        }

        @Test
        @DisplayName("R-APT-2 a company, an intermediary, and an intermediary for a company under mandate book it")
        void companiesAndIntermediariesBookSecondLevel() {
            UserProfile company = h.company();
            UserProfile consultant = h.intermediary();
            assertThat(book(cie(consultant), COMPANY, ContactMode.IN_PERSON, rome("2026-11-25T09:30")).owner())
                    .isEqualTo(consultant.id());
            h.mandate(company, consultant);
            Appointment forCompany = book(cie(consultant).actingFor(company.id()), COMPANY, ContactMode.IN_PERSON,
                    rome("2026-11-25T10:00"));
            assertThat(forCompany.owner()).isEqualTo(company.id());
            assertThat(forCompany.bookedBy()).isEqualTo(consultant.id());
            assertThat(book(cie(h.company()), COMPANY, ContactMode.IN_PERSON, rome("2026-11-25T10:30")).topic())
                    .isEqualTo(COMPANY);
        }

        @Test
        @DisplayName("R-APT-2 the second-level policy is configurable")
        void thePolicyIsConfigurable() {
            try (CoreFixture closed = new CoreFixture(b -> b.appointments(a -> a.secondLevel((subject, actor) -> false)))) {
                UserProfile company = closed.company();
                fails(() -> closed.sdk.appointments().book(as(company), BookAppointment.of(closed.key(), ROMA, COMPANY,
                        ContactMode.IN_PERSON, rome("2026-11-25T09:30"))), ErrorCode.APT_SECOND_LEVEL_NOT_ALLOWED);
            }
        }
    }
}
