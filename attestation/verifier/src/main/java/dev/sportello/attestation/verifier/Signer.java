package dev.sportello.attestation.verifier;

/**
 * The port through which encoders sign: an HSM or KMS in production, {@link InMemorySigner} in tests and the
 * embedded default. Implementations must be thread-safe; no method may return null.
 */
public interface Signer {
    /** The algorithm; must be {@linkplain CoseAlgorithm#issuable() issuable}. */
    CoseAlgorithm algorithm();

    /** The key id (8 bytes, {@link KeyIds#of(byte[])} of the published key DER); a copy. */
    byte[] keyId();

    /**
     * Signs the COSE Sig_structure bytes.
     *
     * @param toBeSigned the bytes to sign, never null
     * @return the raw signature: r‖s (64 bytes) for ES256, 64 bytes for Ed25519
     */
    byte[] sign(byte[] toBeSigned);
}
