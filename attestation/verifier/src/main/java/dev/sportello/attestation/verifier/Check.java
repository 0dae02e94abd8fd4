package dev.sportello.attestation.verifier;

/** Argument checks for the issuer-side entry points; each failure is an {@link AttestationFormatException}. */
final class Check {
    private Check() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new AttestationFormatException(AttestationFormatException.MISSING, field, field + " is required");
        }
        return value;
    }

    static String text(String value, String field, int maxLength) {
        present(value, field);
        if (value.isBlank() || value.length() > maxLength || !value.strip().equals(value)
                || value.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid(field, field + " must be 1-" + maxLength + " characters, trimmed, without control characters");
        }
        return value;
    }

    static AttestationFormatException invalid(String field, String message) {
        return new AttestationFormatException(AttestationFormatException.INVALID, field, message);
    }
}
