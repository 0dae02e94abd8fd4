package dev.sportello.attestation.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;

import static dev.sportello.attestation.verifier.Fixtures.ES;
import static dev.sportello.attestation.verifier.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The issuer side throws one exception type, with a stable code and the field, for every bad input. */
class EncoderInputTest {
    private static void refused(Executable call, String code, String field) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(AttestationFormatException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(code);
            org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
        });
    }

    @Test
    void missingAndOutOfRangeClaimsAreRefusedWithTheirField() {
        refused(() -> AttestationEncoder.encode(null, ES), AttestationFormatException.MISSING, "claims");
        refused(() -> AttestationEncoder.encode(Fixtures.claims(1), null), AttestationFormatException.MISSING, "signer");
        refused(() -> new StatusReference("https://x", -1), AttestationFormatException.INVALID, "index");
        refused(() -> new StatusReference(" x", 1), AttestationFormatException.INVALID, "uri");
        refused(() -> PercentageBand.of(101), AttestationFormatException.INVALID, "percentage");
        refused(() -> PercentageBand.of(-1), AttestationFormatException.INVALID, "percentage");
        refused(() -> new Holder.Named("Rossi", "", LocalDate.of(1970, 1, 1)), AttestationFormatException.INVALID, "givenName");
        refused(() -> new Holder.Named("Rossi", "Maria", null), AttestationFormatException.MISSING, "birthDate");
        refused(() -> new Attestation(new Holder.DocumentReference("CIE:1"), StatusCategory.BLINDNESS, null,
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)), AttestationFormatException.INVALID, "validUntil");
        refused(() -> new AttestationClaims("IT-INPS", T0, T0, new byte[] {1}, Fixtures.claims(1).status(),
                Fixtures.claims(1).attestation()), AttestationFormatException.INVALID, "expiresAt");
        refused(() -> new AttestationClaims("IT-INPS", T0, T0.plusSeconds(1), new byte[33], Fixtures.claims(1).status(),
                Fixtures.claims(1).attestation()), AttestationFormatException.INVALID, "tokenId");
    }

    @Test
    void signersThatFailOrAnswerTheWrongShapeAreRefused() {
        Signer wrongShape = signer(CoseAlgorithm.ES256, ES.keyId(), new byte[70]);
        Signer throwing = new Signer() {
            @Override
            public CoseAlgorithm algorithm() {
                return CoseAlgorithm.ES256;
            }

            @Override
            public byte[] keyId() {
                return ES.keyId();
            }

            @Override
            public byte[] sign(byte[] toBeSigned) {
                throw new IllegalStateException("HSM offline");
            }
        };
        refused(() -> AttestationEncoder.encode(Fixtures.claims(1), wrongShape), AttestationFormatException.SIGNER, "signer");
        refused(() -> AttestationEncoder.encode(Fixtures.claims(1), throwing), AttestationFormatException.SIGNER, "signer");
        refused(() -> AttestationEncoder.encode(Fixtures.claims(1), signer(CoseAlgorithm.EDDSA, ES.keyId(), new byte[64])),
                AttestationFormatException.INVALID, "signer.algorithm");
        refused(() -> AttestationEncoder.encode(Fixtures.claims(1), signer(CoseAlgorithm.ES256, new byte[3], new byte[64])),
                AttestationFormatException.INVALID, "signer.keyId");
    }

    @Test
    void keysAndListsOutOfShapeAreRefused() {
        refused(() -> new SignerKey(CoseAlgorithm.ES256, Fixtures.ED.publishedDer(), T0, T0), AttestationFormatException.KEY, "keyDer");
        refused(() -> new SignerKey(CoseAlgorithm.ED25519, new byte[] {1, 2, 3}, T0, T0), AttestationFormatException.KEY, "keyDer");
        refused(() -> SignerKey.of(ES, T0, T0.minusSeconds(1)), AttestationFormatException.INVALID, "notAfter");
        refused(() -> TrustList.of("IT-INPS", T0, T0, T0, List.of()), AttestationFormatException.INVALID, "keys");
        refused(() -> TrustList.of("IT-INPS", T0, T0.minusSeconds(1), T0, List.of(SignerKey.of(ES, T0, T0))),
                AttestationFormatException.INVALID, "expiresAt");
        refused(() -> InMemorySigner.of(CoseAlgorithm.ES256, new java.security.KeyPair(null, null)), AttestationFormatException.MISSING, "keyPair.public");
        refused(() -> InMemorySigner.ed25519FromSeed(new byte[31]), AttestationFormatException.INVALID, "seed");
        BitSet bits = new BitSet();
        bits.set(100);
        refused(() -> StatusList.sign("https://x", bits, 100, T0, T0.plusSeconds(1), null, ES), AttestationFormatException.INVALID, "size");
        refused(() -> StatusList.sign("https://x", new BitSet(), 8, T0, T0.plusSeconds(1), Duration.ZERO, ES),
                AttestationFormatException.INVALID, "timeToLive");
        refused(() -> TrustAnchor.of(CoseAlgorithm.ES256, null), AttestationFormatException.MISSING, "keyDer");
    }

    private static Signer signer(CoseAlgorithm algorithm, byte[] kid, byte[] signature) {
        return new Signer() {
            @Override
            public CoseAlgorithm algorithm() {
                return algorithm;
            }

            @Override
            public byte[] keyId() {
                return kid;
            }

            @Override
            public byte[] sign(byte[] toBeSigned) {
                return signature;
            }
        };
    }
}
