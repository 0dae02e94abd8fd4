package dev.sportello.core.internal.offices;

import dev.sportello.AuditEntry;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.adapters.memory.DeterministicMeetings;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.Interpretation;
import dev.sportello.core.SportelloSdk;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.InterceptedStorage;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.offices.CalendarDay;
import dev.sportello.offices.CloseDay;
import dev.sportello.offices.Closure;
import dev.sportello.offices.ClosureReason;
import dev.sportello.offices.OfficeEvents;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.SUPERVISOR;
import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ad-hoc closures of an office: who may close, which days, and what a closure changes. */
class OfficeClosureRulesTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private Closure closeOn(LocalDate day, String reason) {
        return h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(TestOffices.ROMA, day, reason));
    }

    @Test
    @DisplayName("a supervisor's closure is recorded, audited, published and shown in the calendar")
    void aClosureIsRecordedAuditedAndPublished() {
        Closure closure = closeOn(WEDNESDAY, "  Assemblea del personale ");
        assertThat(closure.office()).isEqualTo(TestOffices.ROMA);
        assertThat(closure.date()).isEqualTo(WEDNESDAY);
        assertThat(closure.reason()).as("the reason is stripped").isEqualTo("Assemblea del personale");
        assertThat(closure.createdBy()).isEqualTo(SUPERVISOR.actor());
        assertThat(closure.createdAt()).isEqualTo(CoreFixture.START);

        CalendarDay day = h.sdk.offices().calendar(PORTAL, TestOffices.ROMA, WEDNESDAY, WEDNESDAY).get(0);
        assertThat(day.closure()).isEqualTo(ClosureReason.AD_HOC);
        assertThat(day.description()).isEqualTo("Assemblea del personale");
        assertThat(h.sdk.offices().nextOpeningDays(PORTAL, TestOffices.ROMA, WEDNESDAY, 1))
                .extracting(CalendarDay::date).containsExactly(WEDNESDAY.plusDays(1));

        assertThat(h.audit(closure)).extracting(AuditEntry::action).containsExactly("OFFICE_DAY_CLOSED");
        h.deliver();
        DomainEvent event = h.channels.events().stream().filter(e -> e.type().equals(OfficeEvents.DAY_CLOSED))
                .findFirst().orElseThrow();
        assertThat(event.subjectType()).isEqualTo("office");
        assertThat(event.subjectId()).isEqualTo(TestOffices.ROMA.value());
        assertThat(event.attributes()).containsEntry("date", "2026-11-25");
        assertThat(event.actor()).isEqualTo(SUPERVISOR.actor());
    }

    @Test
    @DisplayName("a closure cancels the appointments booked on that day, in the same command")
    void aClosureCancelsTheDaysAppointments() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = h.sdk.appointments().book(cie(user), new BookAppointment(h.key(), TestOffices.ROMA,
                new TopicCode("PENSION_INFO"), ContactMode.IN_PERSON, rome("2026-11-25T10:00"), Interpretation.NONE));
        UserProfile other = h.citizenWithContacts();
        Appointment otherDay = h.sdk.appointments().book(cie(other), new BookAppointment(h.key(), TestOffices.ROMA,
                new TopicCode("PENSION_INFO"), ContactMode.IN_PERSON, rome("2026-11-26T10:00"), Interpretation.NONE));
        closeOn(WEDNESDAY, "Sciopero");
        assertThat(h.sdk.appointments().get(cie(user), booked.id()).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(h.sdk.appointments().get(cie(other), otherDay.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    @DisplayName("only future days are closed, today being the office's day, not UTC's")
    void onlyFutureDaysInTheOfficeZone() {
        fails(() -> closeOn(LocalDate.of(2026, 11, 23), "Oggi"), ErrorCode.OFF_CLOSURE_NOT_IN_FUTURE);
        fails(() -> closeOn(LocalDate.of(2026, 11, 20), "Passato"), ErrorCode.OFF_CLOSURE_NOT_IN_FUTURE);
        // 23:30 UTC on 23 November is already 24 November in Rome
        h.clock.set(rome("2026-11-24T00:30"));
        SportelloException e = fails(() -> closeOn(LocalDate.of(2026, 11, 24), "Domani"), ErrorCode.OFF_CLOSURE_NOT_IN_FUTURE);
        assertThat(e.details()).containsEntry("date", "2026-11-24").containsEntry("office", TestOffices.ROMA.value());
        assertThat(closeOn(LocalDate.of(2026, 11, 25), "Dopodomani").date()).isEqualTo(LocalDate.of(2026, 11, 25));
        List<Closure> stored = h.read(s -> s.get(ClosureStore.class).between(TestOffices.ROMA, LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30)));
        assertThat(stored).extracting(Closure::date).containsExactly(LocalDate.of(2026, 11, 25));
    }

    @Test
    @DisplayName("a day is closed once, by a supervisor of the office")
    void onceAndBySupervisorsOfTheOffice() {
        closeOn(WEDNESDAY, "Assemblea");
        fails(() -> closeOn(WEDNESDAY, "Di nuovo"), ErrorCode.OFF_ALREADY_CLOSED);
        fails(() -> h.sdk.offices().closeDay(BACK_OFFICE, new CloseDay(TestOffices.ROMA, WEDNESDAY.plusDays(1), "No")),
                ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.offices().closeDay(SUPERVISOR, new CloseDay(TestOffices.CAGLIARI, WEDNESDAY.plusDays(1), "No")),
                ErrorCode.ACCESS_WRONG_OFFICE);
        assertThat(h.sdk.offices().calendar(PORTAL, TestOffices.ROMA, WEDNESDAY.plusDays(1), WEDNESDAY.plusDays(1)).get(0)
                .open()).isTrue();
        assertThat(h.sdk.offices().calendar(PORTAL, TestOffices.CAGLIARI, WEDNESDAY.plusDays(1), WEDNESDAY.plusDays(1))
                .get(0).open()).isTrue();
    }

    @Test
    @DisplayName("the SDK refuses a storage without a closure store")
    void aStorageWithoutClosuresIsRefused() {
        UnitOfWork withoutClosures = InterceptedStorage.without(new MemoryStorage(), ClosureStore.class);
        SportelloSdk.Builder builder = SportelloSdk.builder().unitOfWork(withoutClosures)
                .officeDirectory(TestOffices.directory()).appointments(a -> a.meetingProvider(new DeterministicMeetings()));
        assertThatThrownBy(builder::build).isInstanceOfSatisfying(SportelloException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ADAPTER_STORE_MISSING);
            assertThat(e.details()).containsEntry("store", "ClosureStore");
        });
    }
}
