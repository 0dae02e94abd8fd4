package dev.sportello.attestation.verifier;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.NamedParameterSpec;

/**
 * A {@link Signer} holding its private key in memory: for tests, test vectors and the embedded default. Production
 * keys belong in an HSM or KMS behind another {@link Signer}. Immutable; thread-safe (a JDK {@link Signature} per call).
 */
public final class InMemorySigner implements Signer {
    private final CoseAlgorithm algorithm;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final byte[] publishedDer;
    private final byte[] keyId;

    private InMemorySigner(CoseAlgorithm algorithm, PrivateKey privateKey, PublicKey publicKey, byte[] publishedDer) {
        this.algorithm = algorithm;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.publishedDer = publishedDer.clone();
        this.keyId = KeyIds.of(publishedDer);
    }

    /**
     * A signer over a key pair, published as its SubjectPublicKeyInfo DER.
     *
     * @throws AttestationFormatException when an argument is null, the algorithm is verify-only, or the pair does
     *         not fit the algorithm
     */
    public static InMemorySigner of(CoseAlgorithm algorithm, KeyPair keyPair) {
        Check.present(keyPair, "keyPair");
        return of(algorithm, keyPair, Check.present(keyPair.getPublic(), "keyPair.public").getEncoded());
    }

    /**
     * A signer over a key pair whose public key is published as {@code publishedDer} (an X.509 certificate DER of the
     * public key, or its SubjectPublicKeyInfo DER); the key id is computed over that DER.
     *
     * @throws AttestationFormatException when an argument is null, the algorithm is verify-only, or the DER or the
     *         pair does not fit the algorithm
     */
    public static InMemorySigner of(CoseAlgorithm algorithm, KeyPair keyPair, byte[] publishedDer) {
        Check.present(algorithm, "algorithm");
        Check.present(keyPair, "keyPair");
        if (!algorithm.issuable()) {
            throw Check.invalid("algorithm", algorithm + " is accepted on verification only");
        }
        PrivateKey privateKey = Check.present(keyPair.getPrivate(), "keyPair.private");
        PublicKey published = PublishedKeys.parseOrThrow(algorithm, publishedDer, "publishedDer");
        if (!java.util.Arrays.equals(published.getEncoded(), Check.present(keyPair.getPublic(), "keyPair.public").getEncoded())) {
            throw new AttestationFormatException(AttestationFormatException.KEY, "publishedDer",
                    "the published key is not the pair's public key");
        }
        return new InMemorySigner(algorithm, privateKey, published, publishedDer);
    }

    /** A fresh random key pair for the algorithm (ES256: P-256). */
    public static InMemorySigner generate(CoseAlgorithm algorithm) {
        return of(algorithm, generatePair(algorithm, new SecureRandom()));
    }

    /**
     * A deterministic Ed25519 signer from a 32-byte seed (RFC 8032 private key): for test vectors.
     *
     * @throws AttestationFormatException when the seed is null or not 32 bytes
     */
    public static InMemorySigner ed25519FromSeed(byte[] seed) {
        Check.present(seed, "seed");
        if (seed.length != 32) {
            throw Check.invalid("seed", "an Ed25519 seed is 32 bytes");
        }
        byte[] copy = seed.clone();
        // SunEC's Ed25519 generator takes the private key as the first 32 random bytes it asks for
        SecureRandom fixed = new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                System.arraycopy(copy, 0, bytes, 0, Math.min(bytes.length, copy.length));
            }
        };
        return of(CoseAlgorithm.ED25519, generatePair(CoseAlgorithm.ED25519, fixed));
    }

    private static KeyPair generatePair(CoseAlgorithm algorithm, SecureRandom random) {
        Check.present(algorithm, "algorithm");
        try {
            if (algorithm == CoseAlgorithm.ES256) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"), random);
                return generator.generateKeyPair();
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new AttestationFormatException(AttestationFormatException.KEY, "algorithm", "cannot generate a key", e);
        }
    }

    @Override
    public CoseAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] keyId() {
        return keyId.clone();
    }

    /** The published key material (certificate or SubjectPublicKeyInfo DER) to put in the trust list; a copy. */
    public byte[] publishedDer() {
        return publishedDer.clone();
    }

    /** The public key. */
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public byte[] sign(byte[] toBeSigned) {
        Check.present(toBeSigned, "toBeSigned");
        try {
            Signature signature = Signature.getInstance(algorithm.jdkSignature());
            signature.initSign(privateKey);
            signature.update(toBeSigned);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new AttestationFormatException(AttestationFormatException.SIGNER, "signer", "signing failed", e);
        }
    }
}
