package dev.sportello.requests;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of a request (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record RequestId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public RequestId {
        Uuids.require(value, "request");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static RequestId of(String text) {
        return new RequestId(Uuids.parse(text, "request"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "request";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
