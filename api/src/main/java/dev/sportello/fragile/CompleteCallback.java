package dev.sportello.fragile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * An operator made a callback: it leaves the queue and is recorded as a contact.
 *
 * <p>Immutable and thread-safe.
 *
 * @param callback        the callback, required
 * @param outcome         what came of it, required
 * @param expectedVersion the version read
 */
public record CompleteCallback(@NotNull CallbackId callback, @NotNull ContactOutcome outcome,
                               @PositiveOrZero long expectedVersion) {
}
