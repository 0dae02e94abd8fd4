package dev.sportello;

import java.util.UUID;

/**
 * Identifier of an office operator: a time-ordered UUID (version 7) assigned by the SDK, so that database
 * indexes on it stay local.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record OperatorId(UUID value) implements PartyId, AuditSubject {
    /** Checks that the value is not null. */
    public OperatorId {
        Uuids.require(value, "operator");
    }

    /**
     * Parses the canonical UUID text.
     *
     * @param text a UUID such as {@code 0192f3c4-...}, not null
     * @return the id
     * @throws dev.sportello.InvalidInputException with {@code ID_INVALID} if the text is not a UUID
     */
    public static OperatorId of(String text) {
        return new OperatorId(Uuids.parse(text, "operator"));
    }

    @Override
    public String asText() {
        return "operator:" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "operator";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
