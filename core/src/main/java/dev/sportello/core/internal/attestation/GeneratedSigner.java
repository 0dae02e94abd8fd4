package dev.sportello.core.internal.attestation;

import dev.sportello.attestation.spi.AttestationSigner;
import dev.sportello.attestation.spi.SignatureAlgorithm;
import dev.sportello.attestation.verifier.CoseAlgorithm;
import dev.sportello.attestation.verifier.InMemorySigner;

/**
 * An {@link AttestationSigner} over a key generated in memory (the embedded default and tests): the key does not
 * survive a restart.
 *
 * <p>Thread-safe.
 */
public final class GeneratedSigner implements AttestationSigner {
    private final SignatureAlgorithm algorithm;
    private final InMemorySigner signer;

    private GeneratedSigner(SignatureAlgorithm algorithm, InMemorySigner signer) {
        this.algorithm = algorithm;
        this.signer = signer;
    }

    /**
     * A signer with a fresh key.
     *
     * @param algorithm the algorithm, not null
     * @return the signer
     */
    public static GeneratedSigner generate(SignatureAlgorithm algorithm) {
        return new GeneratedSigner(algorithm, InMemorySigner.generate(SignerBridge.cose(algorithm)));
    }

    @Override
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] publishedKey() {
        return signer.publishedDer();
    }

    @Override
    public byte[] sign(byte[] toBeSigned) {
        return signer.sign(toBeSigned);
    }

    @Override
    public String toString() {
        return "GeneratedSigner[" + algorithm + "]";
    }
}
