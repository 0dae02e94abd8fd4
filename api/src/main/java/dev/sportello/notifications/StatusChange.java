package dev.sportello.notifications;

import dev.sportello.Arguments;

import java.time.Instant;

/**
 * One step in a message's history.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the status reached, not null
 * @param at     when, not null
 * @param detail the provider id, failure reason or skip reason; may be null
 */
public record StatusChange(MessageStatus status, Instant at, String detail) {
    /** Checks the components. */
    public StatusChange {
        Arguments.required(status, "StatusChange", "status");
        Arguments.required(at, "StatusChange", "at");
    }
}
