package dev.sportello.appointments;

import dev.sportello.Arguments;
import dev.sportello.PartyId;

import java.time.Instant;

/**
 * Ad-hoc assistance at an appointment (R-APT-5, R-DEL-4): the user's consent to be assisted, and the
 * assistant once identified and admitted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param consentAt     when the user's consent was recorded, not null
 * @param consentBy     who recorded it (the user, or the operator hearing it), not null
 * @param assistantName the assistant's full name, or null until the assistant is admitted
 * @param check         the assistant's identity check, or null until admitted
 * @param admittedAt    when the assistant joined, or null
 */
public record Assistance(Instant consentAt, PartyId consentBy, String assistantName, IdentityCheck check,
                         Instant admittedAt) {
    /** Checks the components. */
    public Assistance {
        Arguments.required(consentAt, "Assistance", "consentAt");
        Arguments.required(consentBy, "Assistance", "consentBy");
        if ((assistantName == null) != (check == null) || (check == null) != (admittedAt == null)) {
            throw Arguments.invalid("Assistance", "assistantName", "an assistant is admitted with a name, a check and a time together");
        }
    }

    /** Whether the assistant has joined. */
    public boolean assistantAdmitted() {
        return admittedAt != null;
    }
}
