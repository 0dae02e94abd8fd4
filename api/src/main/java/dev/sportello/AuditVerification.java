package dev.sportello;

import java.util.Optional;

/**
 * The verdict on one object's audit stream (OWASP ASVS 16.4.2): whether its hash chain holds from the
 * first entry to the stored head, and if not, the first entry where it breaks and how.
 *
 * <p>Immutable and thread-safe.
 *
 * @param intact  whether every entry is chained to its predecessor and the last one is the head
 * @param entries how many entries the stream holds
 * @param brokenAt the id of the first entry where the chain breaks, if any (for a removal at the end: the
 *                 last entry still there)
 * @param reason   what was found, e.g. {@code changed}, {@code inserted}, {@code removed}, {@code unchained};
 *                 empty when intact
 */
public record AuditVerification(boolean intact, int entries, Optional<String> brokenAt, Optional<String> reason) {
    /** Checks the components. */
    public AuditVerification {
        Arguments.required(brokenAt, "AuditVerification", "brokenAt");
        Arguments.required(reason, "AuditVerification", "reason");
    }

    /**
     * An intact stream.
     *
     * @param entries its entries
     * @return the verdict
     */
    public static AuditVerification intact(int entries) {
        return new AuditVerification(true, entries, Optional.empty(), Optional.empty());
    }

    /**
     * A broken stream.
     *
     * @param entries  its entries
     * @param brokenAt the entry where it breaks, or null
     * @param reason   what was found; null is refused with {@code VALUE_REQUIRED}
     * @return the verdict
     */
    public static AuditVerification broken(int entries, String brokenAt, String reason) {
        return new AuditVerification(false, entries, Optional.ofNullable(brokenAt),
                Optional.of(Arguments.required(reason, "AuditVerification", "reason")));
    }
}
