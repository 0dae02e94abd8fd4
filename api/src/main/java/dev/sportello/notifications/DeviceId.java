package dev.sportello.notifications;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of an app installation registered for push notifications (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record DeviceId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public DeviceId {
        Uuids.require(value, "device");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static DeviceId of(String text) {
        return new DeviceId(Uuids.parse(text, "device"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "device";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
