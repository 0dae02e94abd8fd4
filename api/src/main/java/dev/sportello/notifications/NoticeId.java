package dev.sportello.notifications;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of an inbox notice (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record NoticeId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public NoticeId {
        Uuids.require(value, "notice");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static NoticeId of(String text) {
        return new NoticeId(Uuids.parse(text, "notice"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "notice";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
