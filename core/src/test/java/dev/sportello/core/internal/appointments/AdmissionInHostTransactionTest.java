package dev.sportello.core.internal.appointments;

import dev.sportello.ErrorCode;
import dev.sportello.TopicCode;
import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentStatus;
import dev.sportello.appointments.BookAppointment;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.JoinVideoCall;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.JoiningStorage;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static dev.sportello.core.internal.testing.CoreFixture.cie;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static dev.sportello.core.internal.testing.CoreFixture.rome;
import static org.assertj.core.api.Assertions.assertThat;

/** R-APT-3 an admission code is never tried inside a host's transaction, whose rollback would give the attempt back. */
class AdmissionInHostTransactionTest {
    private static final TopicCode PENSION = TestOffices.PENSION_INFO.code();
    private static final Instant TEN = rome("2026-11-24T10:00");
    private JoiningStorage joining;
    private final CoreFixture h = new CoreFixture(storage -> joining = new JoiningStorage(storage), b -> { });

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    @DisplayName("R-APT-3 joining a video call is refused inside a host's transaction and works outside it")
    void joinOutsideOnly() {
        UserProfile user = h.citizenWithContacts();
        Appointment booked = h.sdk.appointments().book(cie(user), BookAppointment.of(h.key(), TestOffices.ROMA, PENSION,
                ContactMode.VIDEO_CALL, TEN));
        h.deliver();
        String code = h.smsTo(user).stream().map(SmsMessage::oneTimeCode).filter(c -> c != null)
                .reduce((first, second) -> second).orElseThrow();
        h.clock.set(TEN.minus(Duration.ofMinutes(5)));
        joining.hostTransaction(true);
        fails(() -> h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code)),
                ErrorCode.HOST_TRANSACTION_NOT_ALLOWED);
        joining.hostTransaction(false);
        assertThat(h.sdk.appointments().join(cie(user), new JoinVideoCall(booked.id(), code)).status())
                .isEqualTo(AppointmentStatus.WAITING);
    }
}
