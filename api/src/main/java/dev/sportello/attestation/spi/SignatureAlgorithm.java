package dev.sportello.attestation.spi;

/**
 * The algorithms an {@link AttestationSigner} may sign with (COSE ids: ES256 -7, Ed25519 -19).
 *
 * <p>Thread-safe (an enum).
 */
public enum SignatureAlgorithm {
    /** ECDSA P-256 with SHA-256; the signature is r‖s, 64 bytes. The default: every HSM does it. */
    ES256,
    /** Ed25519; the signature is 64 bytes. */
    ED25519
}
