package dev.sportello;

import java.util.UUID;

/**
 * The id of an outbox entry (an event, a message or a task waiting for delivery); also the idempotency
 * key its receiver gets. A message's entry has the message's id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record OutboxEntryId(UUID value) implements AuditSubject {
    /** Checks that the value is not null. */
    public OutboxEntryId {
        Uuids.require(value, "outbox");
    }

    /**
     * Parses the canonical UUID text.
     *
     * @param text a UUID, e.g. {@code 0192f3c4-...}
     * @return the id
     * @throws InvalidInputException with {@code ID_INVALID} if the text is not a UUID
     */
    public static OutboxEntryId of(String text) {
        return new OutboxEntryId(Uuids.parse(text, "outbox"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "outbox";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
