package dev.sportello.fragile;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of a contact of a user with the fragile-users channel (a call, a voicemail, a callback, an e-mail) (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record ChannelContactId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public ChannelContactId {
        Uuids.require(value, "fragile-contact");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     * @throws dev.sportello.InvalidInputException with {@code ID_INVALID} for a text that is not a UUID
     */
    public static ChannelContactId of(String text) {
        return new ChannelContactId(Uuids.parse(text, "fragile-contact"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "fragile-contact";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
