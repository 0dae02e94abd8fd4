package dev.sportello.attestation.verifier;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One signer key of a {@link TrustList}: its key id, algorithm, published DER (an X.509 certificate or a
 * SubjectPublicKeyInfo), and the window of issue times it may sign for. The key id is always
 * {@link KeyIds#of(byte[])} of the DER. Immutable; thread-safe.
 *
 * @param algorithm the algorithm, never null
 * @param keyDer    the published DER; copied in and out
 * @param notBefore first issue time it signs for, never null
 * @param notAfter  last issue time it signs for, not before notBefore
 */
public record SignerKey(CoseAlgorithm algorithm, byte[] keyDer, Instant notBefore, Instant notAfter) {
    /**
     * @throws AttestationFormatException when a component is missing, the DER does not parse or fit the algorithm,
     *         or the window is empty
     */
    public SignerKey {
        Check.present(algorithm, "algorithm");
        keyDer = Check.present(keyDer, "keyDer").clone();
        PublishedKeys.parseOrThrow(algorithm, keyDer, "keyDer");
        Check.present(notBefore, "notBefore");
        Check.present(notAfter, "notAfter");
        if (notAfter.isBefore(notBefore) || notBefore.getNano() != 0 || notAfter.getNano() != 0
                || notBefore.getEpochSecond() < 0) {
            throw Check.invalid("notAfter", "a key window is whole seconds after 1970, notAfter not before notBefore");
        }
    }

    /** The key for a signer: its algorithm and published DER. */
    public static SignerKey of(InMemorySigner signer, Instant notBefore, Instant notAfter) {
        Check.present(signer, "signer");
        return new SignerKey(signer.algorithm(), signer.publishedDer(), notBefore, notAfter);
    }

    @Override
    public byte[] keyDer() {
        return keyDer.clone();
    }

    /** The key id (8 bytes); a copy. */
    public byte[] keyId() {
        return KeyIds.of(keyDer);
    }

    /** The JDK public key. */
    public PublicKey publicKey() {
        return PublishedKeys.parseOrThrow(algorithm, keyDer, "keyDer");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignerKey k && algorithm == k.algorithm && Arrays.equals(keyDer, k.keyDer)
                && notBefore.equals(k.notBefore) && notAfter.equals(k.notAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, Arrays.hashCode(keyDer), notBefore, notAfter);
    }

    @Override
    public String toString() {
        return "SignerKey[" + algorithm + ", kid=" + HexFormat.of().formatHex(keyId()) + ", " + notBefore + ".."
                + notAfter + "]";
    }
}
