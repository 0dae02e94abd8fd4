package dev.sportello.notifications.spi;

import dev.sportello.Arguments;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageStatus;

import java.time.Instant;

/**
 * A change of a message's status, appended to its history.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the message, not null
 * @param expected   the status it must be in for the change to apply, or null for any non-final status
 * @param status     the new status, not null
 * @param at         when, not null
 * @param detail     provider id, failure or reason, or null
 * @param providerId the provider's id to record, or null to keep the current one
 * @param attempts   the attempts count to record, or -1 to keep it
 */
public record MessageTransition(MessageId id, MessageStatus expected, MessageStatus status, Instant at, String detail,
                                String providerId, int attempts) {
    /** Checks the components. */
    public MessageTransition {
        Arguments.required(id, "MessageTransition", "id");
        Arguments.required(status, "MessageTransition", "status");
        Arguments.required(at, "MessageTransition", "at");
    }
}
