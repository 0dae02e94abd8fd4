package dev.sportello.notifications;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of a message to one user on one channel (time-ordered UUID). It is also the
 * idempotency key handed to the channel.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record MessageId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public MessageId {
        Uuids.require(value, "message");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static MessageId of(String text) {
        return new MessageId(Uuids.parse(text, "message"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "message";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
