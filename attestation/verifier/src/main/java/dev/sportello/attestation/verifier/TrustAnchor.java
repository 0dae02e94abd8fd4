package dev.sportello.attestation.verifier;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The key a verifier is configured with to check the trust list's signature (the institution's root of trust).
 * Immutable; thread-safe.
 */
public final class TrustAnchor {
    private final CoseAlgorithm algorithm;
    private final byte[] keyDer;
    private final byte[] keyId;
    private final PublicKey publicKey;

    private TrustAnchor(CoseAlgorithm algorithm, byte[] keyDer) {
        this.algorithm = algorithm;
        this.keyDer = keyDer.clone();
        this.keyId = KeyIds.of(keyDer);
        this.publicKey = PublishedKeys.parseOrThrow(algorithm, keyDer, "keyDer");
    }

    /**
     * An anchor from its published DER (X.509 certificate or SubjectPublicKeyInfo).
     *
     * @throws AttestationFormatException when an argument is missing or the DER does not fit the algorithm
     */
    public static TrustAnchor of(CoseAlgorithm algorithm, byte[] keyDer) {
        return new TrustAnchor(Check.present(algorithm, "algorithm"), Check.present(keyDer, "keyDer"));
    }

    /** The anchor of an in-memory signer (tests, the embedded default). */
    public static TrustAnchor of(InMemorySigner signer) {
        Check.present(signer, "signer");
        return of(signer.algorithm(), signer.publishedDer());
    }

    /** The algorithm. */
    public CoseAlgorithm algorithm() {
        return algorithm;
    }

    /** The key id; a copy. */
    public byte[] keyId() {
        return keyId.clone();
    }

    /** The published DER; a copy. */
    public byte[] keyDer() {
        return keyDer.clone();
    }

    PublicKey publicKey() {
        return publicKey;
    }

    boolean hasKeyId(byte[] kid) {
        return Arrays.equals(keyId, kid);
    }

    @Override
    public String toString() {
        return "TrustAnchor[" + algorithm + ", kid=" + HexFormat.of().formatHex(keyId) + "]";
    }
}
