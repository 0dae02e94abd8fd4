package dev.sportello.notifications;

import dev.sportello.Arguments;
import dev.sportello.Channel;
import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Sends (now or at a due time) a message of a kind that has templates, to one user on some channels,
 * under the consent rules of its purpose. For services of the integrator.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recipient the user, required
 * @param kind      the kind, required; must have templates
 * @param channels  1–4 channels, required
 * @param values    the placeholder values of the kind's templates, required
 * @param purpose   transactional or proactive (verification is reserved to the SDK), required
 * @param dueAt     when to send; null for now; must not be in the past
 * @param urgency   whether an SMS may wait for the end of quiet hours, required
 */
public record ScheduleMessage(@NotNull UserId recipient, @NotNull MessageKind kind,
                              @NotNull @Size(min = 1, max = 4) Set<@NotNull Channel> channels,
                              @NotNull Map<@NotNull String, @NotNull String> values, @NotNull Purpose purpose,
                              Instant dueAt, @NotNull Urgency urgency) {
    /** Copies the collections. */
    public ScheduleMessage {
        channels = Arguments.lenientSet(channels);
        values = Arguments.lenientMap(values);
    }
}
