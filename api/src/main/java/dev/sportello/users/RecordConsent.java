package dev.sportello.users;

import dev.sportello.Channel;
import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;

/**
 * Records a consent choice for a channel; the history keeps who, when and what (R-USR-3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param userId  the user, required
 * @param channel SMS, EMAIL or PUSH (the inbox is always delivered), required
 * @param choice  the choice, required
 */
public record RecordConsent(@NotNull UserId userId, @NotNull Channel channel, @NotNull ConsentChoice choice) {
}
