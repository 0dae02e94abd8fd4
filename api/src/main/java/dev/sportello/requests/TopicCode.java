package dev.sportello.requests;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The topic of a request (R-REQ-1). The seed topics are constants; integrators add their own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code upper-case letters, digits and underscores, 2–48 characters
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

    /** Checks the code. */
    public TopicCode {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a topic code is 2-48 of [A-Z0-9_], starting with a letter");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
