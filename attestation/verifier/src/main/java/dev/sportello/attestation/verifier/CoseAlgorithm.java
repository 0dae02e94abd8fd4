package dev.sportello.attestation.verifier;

/**
 * The COSE signature algorithms of the attestation (IANA COSE Algorithms). {@link #ES256} is the default;
 * {@link #ED25519} is the fully specified Ed25519 id of RFC 9864; {@link #EDDSA} (the deprecated polymorphic id) is
 * accepted on verification only, with an Ed25519 key. Immutable; thread-safe.
 */
public enum CoseAlgorithm {
    /** ECDSA on P-256 with SHA-256, signature r‖s (64 bytes). */
    ES256(-7, "SHA256withECDSAinP1363Format", "EC", true),
    /** Ed25519 (RFC 9864 id -19), signature 64 bytes. */
    ED25519(-19, "Ed25519", "Ed25519", true),
    /** Polymorphic EdDSA (-8): verified with an Ed25519 key, never issued. */
    EDDSA(-8, "Ed25519", "Ed25519", false);

    private final int id;
    private final String jdkSignature;
    private final String jdkKeyFactory;
    private final boolean issuable;

    CoseAlgorithm(int id, String jdkSignature, String jdkKeyFactory, boolean issuable) {
        this.id = id;
        this.jdkSignature = jdkSignature;
        this.jdkKeyFactory = jdkKeyFactory;
        this.issuable = issuable;
    }

    /** The COSE id (label 1 of the protected header). */
    public int id() {
        return id;
    }

    /** Whether encoders sign with it ({@link #EDDSA} is verify-only). */
    public boolean issuable() {
        return issuable;
    }

    /** The algorithm with this COSE id, or null when it is not one of this module's. */
    public static CoseAlgorithm ofId(long id) {
        for (CoseAlgorithm a : values()) {
            if (a.id == id) {
                return a;
            }
        }
        return null;
    }

    String jdkSignature() {
        return jdkSignature;
    }

    String jdkKeyFactory() {
        return jdkKeyFactory;
    }
}
