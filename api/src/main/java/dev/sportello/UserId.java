package dev.sportello;

import java.util.UUID;

/**
 * Identifier of a registered user (citizen, company or intermediary): a time-ordered UUID (version 7) assigned by the SDK, so that database
 * indexes on it stay local.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the UUID, not null
 */
public record UserId(UUID value) implements PartyId, AuditSubject {
    /** Checks that the value is not null. */
    public UserId {
        Uuids.require(value, "user");
    }

    /**
     * Parses the canonical UUID text.
     *
     * @param text a UUID such as {@code 0192f3c4-...}, not null
     * @return the id
     * @throws dev.sportello.InvalidInputException with {@code ID_INVALID} if the text is not a UUID
     */
    public static UserId of(String text) {
        return new UserId(Uuids.parse(text, "user"));
    }

    @Override
    public String asText() {
        return "user:" + value;
    }

    @Override
    public String toString() {
        return value.toString();
    }

    @Override
    public String auditType() {
        return "user";
    }

    @Override
    public String auditId() {
        return value.toString();
    }
}
