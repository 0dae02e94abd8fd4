package dev.sportello.attestation.verifier;

import java.time.Instant;

/**
 * The offline verifier: QR text → {@link Verdict}. Stateless; thread-safe; never throws, whatever the text, and
 * works in memory bounded by {@link AttestationEncoder#MAX_TEXT_LENGTH} and {@link Zlib#MAX_INFLATED}.
 */
public final class AttestationVerifier {
    private AttestationVerifier() {
    }

    /**
     * Verifies a scanned QR text.
     *
     * @param qrText     the text read from the QR code (anything, null included)
     * @param trustList  the verified trust list (null: every key is unknown)
     * @param statusList the verified status list for the token's URI (null: status unavailable)
     * @param now        the current time (null: malformed request, answered as {@link Verdict.Malformed})
     * @return the verdict, never null
     */
    public static Verdict verify(String qrText, TrustList trustList, StatusList statusList, Instant now) {
        try {
            return Verification.verify(qrText, trustList, statusList, now);
        } catch (RuntimeException e) {
            // not expected: every check above answers a verdict; a verifier must still never throw for bad input
            return new Verdict.Malformed("unreadable attestation");
        }
    }
}
