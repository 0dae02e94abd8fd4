package dev.sportello.attestation.verifier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Key ids as HCERT computes them: the first 8 bytes of SHA-256 over the DER of the signer key material as it is
 * published in the trust list — an X.509 certificate DER when a certificate is published (exactly HCERT's DSC
 * fingerprint), otherwise the SubjectPublicKeyInfo DER. Ids may collide; verifiers try every key with the id.
 * Stateless; thread-safe.
 */
public final class KeyIds {
    /** Length of a key id in bytes. */
    public static final int LENGTH = 8;

    private KeyIds() {
    }

    /**
     * The key id of published key material.
     *
     * @param publishedDer the certificate or SubjectPublicKeyInfo DER, not null or empty
     * @return 8 bytes
     * @throws AttestationFormatException {@code ATTESTATION_MISSING_VALUE} for null, {@code ATTESTATION_INVALID_KEY}
     *         for empty bytes
     */
    public static byte[] of(byte[] publishedDer) {
        Check.present(publishedDer, "keyDer");
        if (publishedDer.length == 0) {
            throw new AttestationFormatException(AttestationFormatException.KEY, "keyDer", "key DER is empty");
        }
        return Arrays.copyOf(sha256(publishedDer), LENGTH);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
