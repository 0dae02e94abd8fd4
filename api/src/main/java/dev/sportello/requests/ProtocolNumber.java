package dev.sportello.requests;

import dev.sportello.Arguments;


/**
 * The registration (protocol) number of a request, e.g. {@code ROMA-TIBURTINO-2026-000123}: unique,
 * and by default gapless per office and year (R-REQ-3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the number, 1–64 characters, not all spaces, without control characters or lone
 *              surrogates ({@code TEXT_MALFORMED})
 */
public record ProtocolNumber(String value) {
    /** Checks the value. */
    public ProtocolNumber {
        Arguments.required(value, "ProtocolNumber", "value");
        Arguments.wellFormed(value, "ProtocolNumber", "value");
        if (Arguments.strip(value).isEmpty() || value.length() > 64) {
            throw Arguments.invalid("ProtocolNumber", "value", "a protocol number has 1 to 64 characters, not all spaces");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
