package dev.sportello;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a request (R-REQ-1) or an appointment (R-APT-1) is about: one code type for both areas. The seed
 * request topics are constants; integrators add their own topics and the appointment topics of their
 * calendars.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code upper-case letters, digits and underscores, starting with a letter, 2–48 characters
 */
public record TopicCode(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");

    /** A generic request. */
    public static final TopicCode GENERIC = new TopicCode("GENERIC");
    /** Contributory regularity (needs a reference period, not in the future). */
    public static final TopicCode CONTRIBUTORY_REGULARITY = new TopicCode("CONTRIBUTORY_REGULARITY");
    /** Transmitted monthly declarations (DM). */
    public static final TopicCode MONTHLY_DECLARATIONS = new TopicCode("MONTHLY_DECLARATIONS");
    /** F24 payments. */
    public static final TopicCode F24_PAYMENTS = new TopicCode("F24_PAYMENTS");
    /** The status of one of the user's dossiers. */
    public static final TopicCode DOSSIER_STATUS = new TopicCode("DOSSIER_STATUS");
    /** A change of personal data (R-DOS-3). */
    public static final TopicCode PERSONAL_DATA_CHANGE = new TopicCode("PERSONAL_DATA_CHANGE");
    /** Delivery of a document (tax certificate, pension slip, payment notice). */
    public static final TopicCode DOCUMENT_DELIVERY = new TopicCode("DOCUMENT_DELIVERY");

    /**
     * Checks the code.
     *
     * @throws InvalidInputException with {@code TOPIC_CODE_INVALID} if it is not a topic code
     */
    public TopicCode {
        if (code == null || !CODE.matcher(code).matches()) {
            throw SportelloException.invalidField(ErrorCode.TOPIC_CODE_INVALID, "topic", Map.of());
        }
    }

    /**
     * A topic code.
     *
     * @param code the code
     * @return the topic code
     * @throws InvalidInputException with {@code TOPIC_CODE_INVALID} if it is not a topic code
     */
    public static TopicCode of(String code) {
        return new TopicCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
