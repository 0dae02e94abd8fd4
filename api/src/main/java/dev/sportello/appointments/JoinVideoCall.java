package dev.sportello.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Enters a video call's waiting room with the admission code received by SMS (R-APT-3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param appointment   the appointment, required
 * @param admissionCode the code, 6 to 10 digits, required
 */
public record JoinVideoCall(@NotNull AppointmentId appointment,
                            @NotNull @Pattern(regexp = "[0-9]{6,10}", message = "must be 6 to 10 digits") String admissionCode) {
    @Override
    public String toString() {
        return "JoinVideoCall[" + appointment + ", code ******]";
    }
}
