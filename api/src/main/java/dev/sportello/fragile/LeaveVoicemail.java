package dev.sportello.fragile;

import dev.sportello.UserId;
import dev.sportello.users.PhoneNumber;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/**
 * A voicemail on the fragile-users line, reported by the phone system (or an operator) for a user it
 * recognised: it is recorded as a contact and becomes a callback.
 *
 * <p>Immutable and thread-safe.
 *
 * @param user           the user who called, required
 * @param leftAt         when the message was left, required, not later than now
 * @param callbackNumber the number to call back, required
 */
public record LeaveVoicemail(@NotNull UserId user, @NotNull Instant leftAt, @NotNull PhoneNumber callbackNumber) {
}
