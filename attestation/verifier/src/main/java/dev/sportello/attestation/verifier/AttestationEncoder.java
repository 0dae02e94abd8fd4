package dev.sportello.attestation.verifier;

/**
 * The issuer side: claims → CWT → COSE_Sign1 → zlib → Base45 → {@value #PREFIX}. Stateless; thread-safe.
 */
public final class AttestationEncoder {
    /** The context prefix of the QR text ("IV" invalidity, format 1; "HC" belongs to health certificates). */
    public static final String PREFIX = "IV1:";
    /** Longest QR text accepted and produced (characters). */
    public static final int MAX_TEXT_LENGTH = 4096;

    private AttestationEncoder() {
    }

    /**
     * Encodes and signs an attestation.
     *
     * @param claims the claims, not null
     * @param signer the signer, not null; its algorithm must be issuable and its key id 8 bytes
     * @return the QR text (the QR alphanumeric alphabet only)
     * @throws AttestationFormatException when an argument is missing, the signer fails or answers a malformed
     *         signature, or the text would exceed {@value #MAX_TEXT_LENGTH} characters
     */
    public static String encode(AttestationClaims claims, Signer signer) {
        Check.present(claims, "claims");
        Check.present(signer, "signer");
        byte[] cose = CoseSign1.sign(ClaimsCodec.encode(claims), signer, null);
        String text = PREFIX + Base45.encode(Zlib.deflate(cose));
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new AttestationFormatException(AttestationFormatException.TOO_LARGE, "claims",
                    "the QR text would exceed " + MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }
}
