package dev.sportello;

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
     * @param text the text form
     * @return the id, never null
     * @throws InvalidInputException with {@link ErrorCode#ID_INVALID} if the text is null or not such a form
     */
    static PartyId parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            throw invalid();
        }
        String value = text.substring(colon + 1);
        return switch (text.substring(0, colon)) {
            case "user" -> new UserId(Uuids.parse(value, "party"));
            case "operator" -> new OperatorId(Uuids.parse(value, "party"));
            case "service" -> new ServiceId(value);
            default -> throw invalid();
        };
    }

    private static InvalidInputException invalid() {
        return SportelloException.invalidField(ErrorCode.ID_INVALID, "party", java.util.Map.of("type", "party"));
    }
}
