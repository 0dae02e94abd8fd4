package dev.sportello.attestation;

import dev.sportello.AuditSubject;
import dev.sportello.Uuids;

import java.util.UUID;

/**
 * Identifier of an issued attestation (time-ordered UUID); its 16 bytes are also the token's id (CWT {@code cti}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null ({@code ID_INVALID} otherwise)
 */
public record AttestationId(UUID value) implements AuditSubject {
    /** Checks the value. */
    public AttestationId {
        Uuids.require(value, "attestation");
    }

    /**
     * Parses the UUID text.
     *
     * @param text the UUID, not null
     * @return the id
     */
    public static AttestationId of(String text) {
        return new AttestationId(Uuids.parse(text, "attestation"));
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "attestation";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
