package dev.sportello.attestation.verifier;

import java.time.LocalDate;

/**
 * The minimal attestation data (the private claim {@value #CLAIM} of the token): who, which status, which band,
 * and for how long the status holds. No diagnosis, ever. Immutable; thread-safe.
 *
 * @param holder     the holder, never null
 * @param category   the status, never null
 * @param band       the percentage band; null when the status has no percentage (for example handicap L.104)
 * @param validFrom  first day the status holds, never null
 * @param validUntil last day the status holds (a review date); null when it has no end
 */
public record Attestation(Holder holder, StatusCategory category, PercentageBand band, LocalDate validFrom,
        LocalDate validUntil) {
    /** The CWT claim label of the attestation (private use: below -65536). */
    public static final long CLAIM = -65537;
    /** The format version this module writes and reads (key 1 of the claim). */
    public static final int VERSION = 1;

    /**
     * @throws AttestationFormatException when holder, category or validFrom is missing, or validUntil is before
     *         validFrom
     */
    public Attestation {
        Check.present(holder, "holder");
        Check.present(category, "category");
        Check.present(validFrom, "validFrom");
        if (validFrom.getYear() < 1900 || validFrom.getYear() > 9999) {
            throw Check.invalid("validFrom", "validFrom is from 1900 to 9999");
        }
        if (validUntil != null && (validUntil.isBefore(validFrom) || validUntil.getYear() > 9999)) {
            throw Check.invalid("validUntil", "validUntil is not before validFrom and up to 9999");
        }
    }
}
