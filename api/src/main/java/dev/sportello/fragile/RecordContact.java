package dev.sportello.fragile;

import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;

/**
 * Records a contact of a user with the channel: an answered call, a portal request, an e-mail. Voicemails
 * are left with {@link FragileUsers#leaveVoicemail}, callbacks completed with
 * {@link FragileUsers#completeCallback}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param user    the user, required
 * @param channel {@link ContactChannel#PHONE_CALL}, {@link ContactChannel#PORTAL} or {@link ContactChannel#EMAIL}
 * @param outcome what came of it, required
 */
public record RecordContact(@NotNull UserId user, @NotNull ContactChannel channel, @NotNull ContactOutcome outcome) {
}
