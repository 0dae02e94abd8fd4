package dev.sportello;

import java.util.UUID;

/**
 * Identifier of a delegation (time-ordered UUID).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record DelegationId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public DelegationId {
        Uuids.require(value, "delegation");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static DelegationId of(String text) {
        return new DelegationId(Uuids.parse(text, "delegation"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "delegation";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
