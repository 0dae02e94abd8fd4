package dev.sportello.core.internal.attestation;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.attestation.spi.AttestationSigner;
import dev.sportello.attestation.spi.SignatureAlgorithm;
import dev.sportello.attestation.verifier.CoseAlgorithm;
import dev.sportello.attestation.verifier.KeyIds;
import dev.sportello.attestation.verifier.Signer;

import java.util.HexFormat;
import java.util.Map;

/**
 * The SDK's signer port seen as the verifier module's {@link Signer}: the key id is computed once from the
 * published key; a signature that is not 64 bytes, or a signer that throws, is {@code ATT_SIGNING_FAILED}.
 *
 * <p>Thread-safe if the port is.
 */
final class SignerBridge implements Signer {
    private final AttestationSigner port;
    private final CoseAlgorithm algorithm;
    private final byte[] publishedKey;
    private final byte[] keyId;

    SignerBridge(AttestationSigner port) {
        this.port = port;
        byte[] key = port.publishedKey();
        if (port.algorithm() == null || key == null || key.length == 0) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "AttestationSettings.signer",
                    Map.of("reason", "a signer names its algorithm and its published key"));
        }
        this.algorithm = cose(port.algorithm());
        this.publishedKey = key.clone();
        this.keyId = KeyIds.of(publishedKey);
    }

    static CoseAlgorithm cose(SignatureAlgorithm algorithm) {
        return algorithm == SignatureAlgorithm.ED25519 ? CoseAlgorithm.ED25519 : CoseAlgorithm.ES256;
    }

    @Override
    public CoseAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] keyId() {
        return keyId.clone();
    }

    /** The key id as hex. */
    String keyIdHex() {
        return HexFormat.of().formatHex(keyId);
    }

    /** The published key, DER. */
    byte[] publishedKey() {
        return publishedKey.clone();
    }

    @Override
    public byte[] sign(byte[] toBeSigned) {
        byte[] signature;
        try {
            signature = port.sign(toBeSigned);
        } catch (RuntimeException e) {
            throw failed("the signer failed: " + e.getClass().getSimpleName());
        }
        if (signature == null || signature.length != 64) {
            throw failed("the signer returned " + (signature == null ? "nothing" : signature.length + " bytes"));
        }
        return signature;
    }

    static SportelloException failed(String reason) {
        return SportelloException.of(ErrorCode.ATT_SIGNING_FAILED, Map.of("reason", reason));
    }
}
