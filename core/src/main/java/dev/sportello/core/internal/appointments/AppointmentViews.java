package dev.sportello.core.internal.appointments;

import dev.sportello.appointments.Appointment;
import dev.sportello.appointments.AppointmentState;
import dev.sportello.appointments.ContactDetails;
import dev.sportello.appointments.Interpretation;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.appointments.spi.WaitlistRecord;

import java.net.URI;
import java.util.Optional;

/** Stored appointments and waitlist entries as their users and operators see them. */
final class AppointmentViews {
    private AppointmentViews() {
    }

    static Appointment view(AppointmentRecord r) {
        AppointmentState state = switch (r.status()) {
            case BOOKED -> new AppointmentState.Booked();
            case WAITING -> new AppointmentState.Waiting(r.waitingSince());
            case IN_PROGRESS -> new AppointmentState.InProgress(r.operator());
            case COMPLETED -> new AppointmentState.Completed(r.operator(), r.outcome(),
                    r.outcomeText() == null ? "" : r.outcomeText());
            case CANCELLED -> new AppointmentState.Cancelled(r.cancelReason() == null ? "" : r.cancelReason());
            case NO_SHOW -> new AppointmentState.NoShow();
        };
        ContactDetails contact = switch (r.mode()) {
            case IN_PERSON -> new ContactDetails.InPerson();
            case PHONE_CALLBACK -> new ContactDetails.PhoneCallback(r.callbackNumber());
            case VIDEO_CALL -> new ContactDetails.VideoCall(Optional.ofNullable(r.joinLink()).map(URI::create));
        };
        return new Appointment(r.id(), r.owner(), r.bookedBy(), r.office(), r.topic(), r.start(), r.end(), r.zone(), contact,
                r.interpretation(), r.interpretation() == Interpretation.SIGN_LANGUAGE ? Optional.ofNullable(r.operator())
                : Optional.empty(), state, Optional.ofNullable(r.identityCheck()), Optional.ofNullable(r.assistance()),
                r.sequence(), r.createdAt(), r.updatedAt(), r.version());
    }

    static WaitlistEntry entry(WaitlistRecord w) {
        return new WaitlistEntry(w.id(), w.owner(), w.office(), w.topic(), w.mode(), w.day(), w.interpretation(),
                w.status(), w.offeredStart(), w.offerExpiresAt(), w.appointment(), w.createdAt(), w.version());
    }
}
