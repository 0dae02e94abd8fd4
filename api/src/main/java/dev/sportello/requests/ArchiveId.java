package dev.sportello.requests;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of a stored archive of attachments (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record ArchiveId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public ArchiveId {
        Uuids.require(value, "archive");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static ArchiveId of(String text) {
        return new ArchiveId(Uuids.parse(text, "archive"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "archive";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
