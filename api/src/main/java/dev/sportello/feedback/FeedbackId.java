package dev.sportello.feedback;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of a rating, with its suggestion if any (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record FeedbackId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public FeedbackId {
        Uuids.require(value, "feedback");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     * @throws dev.sportello.InvalidInputException with {@code ID_INVALID} for a text that is not a UUID
     */
    public static FeedbackId of(String text) {
        return new FeedbackId(Uuids.parse(text, "feedback"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "feedback";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
