package dev.sportello.attestation.spi;

/**
 * Signs attestations, trust lists and status lists: the port to an HSM or KMS in production. The SDK derives the
 * key id from {@link #publishedKey()} (the first 8 bytes of its SHA-256, as HCERT does).
 *
 * <p>Implementations must be thread-safe. {@link #sign} may throw any runtime exception: the SDK reports it as
 * {@code ATT_SIGNING_FAILED} and stores nothing.
 */
public interface AttestationSigner {
    /** The algorithm; never null. */
    SignatureAlgorithm algorithm();

    /**
     * The public key as published in the trust list: a SubjectPublicKeyInfo or an X.509 certificate, DER.
     *
     * @return the DER bytes; never null (a copy)
     */
    byte[] publishedKey();

    /**
     * Signs.
     *
     * @param toBeSigned the COSE Sig_structure, not null
     * @return the raw signature: 64 bytes (ES256 r‖s, or Ed25519)
     */
    byte[] sign(byte[] toBeSigned);
}
