package dev.sportello.attestation.verifier;

/**
 * Internal signal that bytes do not follow the format; the public entry points turn it into a verdict.
 * Never leaves this module.
 */
final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedException(String reason) {
        super(reason, null, false, false);
    }

    /** The short reason, without personal data. */
    String reason() {
        return getMessage();
    }
}
