package dev.sportello;

import java.util.UUID;

/**
 * Who can act: a user (citizen, company, intermediary), an office operator, or a back-end service.
 * Used in audit entries and events so that every action records who acted (R-DEL-5).
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface PartyId permits UserId, OperatorId, ServiceId {
    /** A stable text form, {@code user:<uuid>}, {@code operator:<uuid>} or {@code service:<name>}. */
    String asText();

    /**
     * Parses the form produced by {@link #asText()}.
     *
     * @param text the text form, not null
     * @return the id, never null
     * @throws IllegalArgumentException if the text is not such a form
     */
    static PartyId parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a party id: " + text);
        }
        String value = text.substring(colon + 1);
        return switch (text.substring(0, colon)) {
            case "user" -> new UserId(UUID.fromString(value));
            case "operator" -> new OperatorId(UUID.fromString(value));
            case "service" -> new ServiceId(value);
            default -> throw new IllegalArgumentException("not a party id: " + text);
        };
    }
}
