package dev.sportello.core.internal.appointments;

import dev.sportello.AuditEntry;
import dev.sportello.AuditVerification;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.adapters.memory.MemoryAuditTampering;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentEvents;
import dev.sportello.appointments.ContactMode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.SUPERVISOR;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * R-DEL-5 for a booking: it is audited and published; the audit trail is read and verified only by a
 * service or a supervisor, and its verification finds an entry changed or removed behind the SDK's back.
 */
class BookingTrailTest {
    private final CoreFixture h = AppointmentSmallCalendar.fixture();

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    @DisplayName("R-DEL-5 a booking is audited with its actor and published with office, topic and mode")
    void aBookingIsAuditedAndPublished() {
        UserProfile maria = h.citizen();
        Appointment booked = AppointmentSmallCalendar.book(h, maria, ContactMode.IN_PERSON, AppointmentSmallCalendar.NINE);
        assertThat(h.audit(booked.id())).filteredOn(e -> e.action().equals("APPOINTMENT_BOOKED")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(maria.id()));
        h.sdk.dispatcher().drain(20);
        assertThat(AppointmentSmallCalendar.events(h, AppointmentEvents.BOOKED, booked.id())).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("mode", "IN_PERSON")
                        .containsEntry("topic", AppointmentSmallCalendar.TOPIC.code()));
    }

    @Test
    @DisplayName("only a service or a supervisor reads or verifies an audit trail")
    void theTrailIsForAdministrators() {
        UserProfile maria = h.citizen();
        Appointment booked = AppointmentSmallCalendar.book(h, maria, ContactMode.IN_PERSON, AppointmentSmallCalendar.NINE);
        fails(() -> h.sdk.audit().forSubject(as(maria), booked.id(), PageRequest.first(10)), ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.audit().verify(as(maria), booked.id()), ErrorCode.ACCESS_ROLE_REQUIRED);
        fails(() -> h.sdk.audit().verify(BACK_OFFICE, booked.id()), ErrorCode.ACCESS_ROLE_REQUIRED);
        assertThat(h.sdk.audit().verify(SUPERVISOR, booked.id()).intact()).isTrue();
    }

    @Test
    @DisplayName("verification counts every entry and finds one changed or removed")
    void verificationFindsTampering() {
        UserProfile maria = h.citizen();
        Appointment booked = AppointmentSmallCalendar.book(h, maria, ContactMode.IN_PERSON, AppointmentSmallCalendar.NINE);
        List<AuditEntry> entries = h.audit(booked.id());
        AuditVerification intact = h.sdk.audit().verify(PORTAL, booked.id());
        assertThat(intact.intact()).isTrue();
        assertThat(intact.entries()).isEqualTo(entries.size()).isPositive();
        String first = entries.get(entries.size() - 1).id();
        MemoryAuditTampering.changeAction(h.storage, first, "NOTHING_HAPPENED");
        AuditVerification changed = h.sdk.audit().verify(PORTAL, booked.id());
        assertThat(changed.intact()).isFalse();
        assertThat(changed.brokenAt()).isPresent();
        assertThat(changed.reason()).isPresent();
    }
}
