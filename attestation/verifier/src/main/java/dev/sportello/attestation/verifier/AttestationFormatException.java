package dev.sportello.attestation.verifier;

/**
 * The one exception the issuer-side entry points of this module throw for bad input (a missing field, a value out of
 * range, a key that does not fit its algorithm, a signer that fails). The verifier side never throws: it answers a
 * {@link Verdict} or a {@link Loaded}.
 *
 * <p>{@link #code()} is stable (listed in docs/attestation.md); {@link #field()} names the offending field.
 * Immutable; thread-safe.
 */
public final class AttestationFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A required value is missing. */
    public static final String MISSING = "ATTESTATION_MISSING_VALUE";
    /** A value is out of its range or badly formed. */
    public static final String INVALID = "ATTESTATION_INVALID_VALUE";
    /** A key does not parse or does not fit its algorithm. */
    public static final String KEY = "ATTESTATION_INVALID_KEY";
    /** The signer failed or answered a signature of the wrong shape. */
    public static final String SIGNER = "ATTESTATION_SIGNER_FAILED";
    /** The encoded result would exceed a limit of the format. */
    public static final String TOO_LARGE = "ATTESTATION_TOO_LARGE";

    private final String code;
    private final String field;

    /**
     * @param code  one of the constants of this class
     * @param field the offending field
     * @param message what is wrong, without personal data
     */
    public AttestationFormatException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    AttestationFormatException(String code, String field, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.field = field;
    }

    /** The stable code, one of the constants of this class. */
    public String code() {
        return code;
    }

    /** The offending field. */
    public String field() {
        return field;
    }
}
