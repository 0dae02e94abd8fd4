package dev.sportello.attestation.verifier;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;

import static dev.sportello.attestation.verifier.Fixtures.ED;
import static dev.sportello.attestation.verifier.Fixtures.ES;
import static dev.sportello.attestation.verifier.Fixtures.NOW;
import static dev.sportello.attestation.verifier.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

class VerdictRulesTest {
    private final TrustList trust = Fixtures.loadedTrustList(ES, ED);
    private final StatusList status = Fixtures.statusList(trust, ES, 5);

    @Test
    void everyFlippedBitOfTheSignedBytesIsBadSignatureOrMalformedNeverValid() throws Exception {
        for (InMemorySigner signer : Fixtures.both()) {
            byte[] cose = CoseSign1.sign(ClaimsCodec.encode(Fixtures.claims(7)), signer, null);
            for (int i = 0; i < cose.length; i++) {
                for (int bit = 0; bit < 8; bit += 3) {
                    byte[] tampered = cose.clone();
                    tampered[i] ^= (byte) (1 << bit);
                    Verdict verdict = AttestationVerifier.verify(TokenSurgery.wrap(tampered), trust, status, NOW);
                    assertThat(verdict).as("byte %d bit %d", i, bit).isInstanceOfAny(Verdict.BadSignature.class,
                            Verdict.Malformed.class, Verdict.UnknownKey.class);
                }
            }
        }
    }

    @Test
    void aChangedCharacterOfTheTextIsNeverValid() {
        String text = AttestationEncoder.encode(Fixtures.claims(7), ES);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        for (int i = 0; i < text.length(); i++) {
            char replacement = alphabet.charAt((alphabet.indexOf(text.charAt(i)) + 1) % alphabet.length());
            String changed = text.substring(0, i) + replacement + text.substring(i + 1);
            assertThat(AttestationVerifier.verify(changed, trust, status, NOW).isValid()).as("position %d", i).isFalse();
        }
    }

    @Test
    void afterItsExpiryATokenIsExpiredAndBeforeItsIssueTimeNotYetValid() {
        String text = AttestationEncoder.encode(Fixtures.claims(7, T0, T0.plus(Duration.ofHours(1))), ES);
        Verdict late = AttestationVerifier.verify(text, trust, status, NOW);
        Verdict early = AttestationVerifier.verify(text, trust, status, T0.minusSeconds(1));
        assertThat(late).isEqualTo(new Verdict.Expired(T0, T0.plus(Duration.ofHours(1)), false));
        assertThat(early).isEqualTo(new Verdict.Expired(T0, T0.plus(Duration.ofHours(1)), true));
        assertThat(AttestationVerifier.verify(text, trust, status, T0.plus(Duration.ofHours(1))).isValid()).isTrue();
    }

    @Test
    void aTokenWhoseBitIsSetIsRevokedAndItsNeighboursStayValid() {
        assertThat(AttestationVerifier.verify(AttestationEncoder.encode(Fixtures.claims(5), ES), trust, status, NOW))
                .isEqualTo(new Verdict.Revoked(Fixtures.STATUS_URI, 5, T0));
        assertThat(AttestationVerifier.verify(AttestationEncoder.encode(Fixtures.claims(4), ES), trust, status, NOW).isValid()).isTrue();
        assertThat(AttestationVerifier.verify(AttestationEncoder.encode(Fixtures.claims(6), ES), trust, status, NOW).isValid()).isTrue();
    }

    @Test
    void withoutAUsableStatusListTheStatusIsUnavailable() {
        String text = AttestationEncoder.encode(Fixtures.claims(7), ES);
        String beyond = AttestationEncoder.encode(Fixtures.claims(5000), ES);
        byte[] other = StatusList.sign("https://other.example/status", new BitSet(), 8, T0, T0.plus(Duration.ofDays(1)), null, ES);
        StatusList otherList = ((Loaded.Accepted<StatusList>) StatusList.load(other, trust, NOW)).document();
        assertThat(AttestationVerifier.verify(text, trust, null, NOW)).isEqualTo(new Verdict.StatusUnavailable("no status list"));
        assertThat(AttestationVerifier.verify(text, trust, otherList, NOW)).isInstanceOf(Verdict.StatusUnavailable.class);
        assertThat(AttestationVerifier.verify(beyond, trust, status, NOW)).isInstanceOf(Verdict.StatusUnavailable.class);
        assertThat(AttestationVerifier.verify(text, trust, status, T0.plus(Duration.ofDays(2))))
                .isEqualTo(new Verdict.StatusUnavailable("status list expired"));
    }

    @Test
    void rotatedKeysOldTokensVerifyWhileTheOldKeyIsListedAndAnUnlistedKidIsUnknown() {
        InMemorySigner old = InMemorySigner.generate(CoseAlgorithm.ES256);
        InMemorySigner current = InMemorySigner.generate(CoseAlgorithm.ES256);
        Instant rotation = T0.minus(Duration.ofDays(10));
        TrustList both = TrustList.of("IT-INPS", T0, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(7)), java.util.List.of(
                SignerKey.of(old, T0.minus(Duration.ofDays(400)), rotation), SignerKey.of(current, rotation, T0.plus(Duration.ofDays(400)))));
        TrustList loaded = ((Loaded.Accepted<TrustList>) TrustList.load(both.sign(Fixtures.ANCHOR), TrustAnchor.of(Fixtures.ANCHOR), NOW)).document();
        StatusList list = Fixtures.statusList(loaded, current);
        String oldToken = AttestationEncoder.encode(Fixtures.claims(1, rotation.minus(Duration.ofDays(1)), T0.plus(Duration.ofDays(30))), old);
        String newToken = AttestationEncoder.encode(Fixtures.claims(2), current);
        String oldKeyAfterRotation = AttestationEncoder.encode(Fixtures.claims(3), old);

        assertThat(AttestationVerifier.verify(oldToken, loaded, list, NOW).isValid()).isTrue();
        assertThat(AttestationVerifier.verify(newToken, loaded, list, NOW).isValid()).isTrue();
        assertThat(AttestationVerifier.verify(oldKeyAfterRotation, loaded, list, NOW)).isInstanceOf(Verdict.UnknownKey.class);
        TrustList withoutOld = Fixtures.loadedTrustList(current);
        assertThat(AttestationVerifier.verify(oldToken, withoutOld, list, NOW)).isInstanceOf(Verdict.UnknownKey.class);
    }

    @Test
    void keysSharingAKidAreAllTried() {
        // a colliding kid: a listed key with the same kid and another key material must not hide the right one
        InMemorySigner impostor = InMemorySigner.generate(CoseAlgorithm.ES256);
        Signer sameKid = new Signer() {
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
                return impostor.sign(toBeSigned);
            }
        };
        assertThat(AttestationVerifier.verify(AttestationEncoder.encode(Fixtures.claims(7), sameKid), trust, status, NOW))
                .isInstanceOf(Verdict.BadSignature.class);
        assertThat(AttestationVerifier.verify(AttestationEncoder.encode(Fixtures.claims(7), ES), trust, status, NOW).isValid()).isTrue();
    }

    @Test
    void anUnknownKidIsUnknownKeyAndNoTrustListOrAnExpiredOneToo() {
        String stranger = AttestationEncoder.encode(Fixtures.claims(7), InMemorySigner.generate(CoseAlgorithm.ED25519));
        String text = AttestationEncoder.encode(Fixtures.claims(7), ES);
        assertThat(AttestationVerifier.verify(stranger, trust, status, NOW)).isInstanceOf(Verdict.UnknownKey.class);
        assertThat(AttestationVerifier.verify(text, null, status, NOW)).isInstanceOf(Verdict.UnknownKey.class);
        assertThat(AttestationVerifier.verify(text, trust, status, T0.plus(Duration.ofDays(8))))
                .isEqualTo(new Verdict.UnknownKey(java.util.HexFormat.of().formatHex(ES.keyId()), "trust list expired"));
    }

    @Test
    void aTrustListSignedByAnotherAnchorOrTamperedOrExpiredIsRefused() {
        byte[] signed = Fixtures.trustList(ES).sign(Fixtures.ANCHOR);
        InMemorySigner otherAnchor = InMemorySigner.ed25519FromSeed(Fixtures.seed(0x77));
        byte[] byOther = Fixtures.trustList(ES).sign(otherAnchor);
        byte[] tampered = signed.clone();
        tampered[tampered.length - 70] ^= 1;
        TrustAnchor anchor = TrustAnchor.of(Fixtures.ANCHOR);

        assertThat(TrustList.load(byOther, anchor, NOW)).isEqualTo(new Loaded.Rejected<TrustList>(Loaded.Problem.UNKNOWN_KEY,
                "not signed by the configured anchor"));
        assertThat(TrustList.load(tampered, anchor, NOW)).isInstanceOf(Loaded.Rejected.class);
        assertThat(((Loaded.Rejected<TrustList>) TrustList.load(signed, anchor, T0.plus(Duration.ofDays(8)))).problem())
                .isEqualTo(Loaded.Problem.EXPIRED);
        assertThat(((Loaded.Rejected<TrustList>) TrustList.load(null, anchor, NOW)).problem()).isEqualTo(Loaded.Problem.MALFORMED);
        // a status list is not a trust list even when the anchor signed it
        byte[] statusByAnchor = StatusList.sign(Fixtures.STATUS_URI, new BitSet(), 8, T0, T0.plusSeconds(60), null, Fixtures.ANCHOR);
        assertThat(((Loaded.Rejected<TrustList>) TrustList.load(statusByAnchor, anchor, NOW)).problem()).isEqualTo(Loaded.Problem.MALFORMED);
    }

    @Test
    void aStatusListByAKeyOutsideTheTrustListOrTamperedIsRefused() {
        byte[] byStranger = StatusList.sign(Fixtures.STATUS_URI, new BitSet(), 8, T0, T0.plus(Duration.ofDays(1)), null,
                InMemorySigner.generate(CoseAlgorithm.ES256));
        byte[] signed = StatusList.sign(Fixtures.STATUS_URI, new BitSet(), 8, T0, T0.plus(Duration.ofDays(1)), null, ED);
        byte[] tampered = signed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThat(((Loaded.Rejected<StatusList>) StatusList.load(byStranger, trust, NOW)).problem()).isEqualTo(Loaded.Problem.UNKNOWN_KEY);
        assertThat(((Loaded.Rejected<StatusList>) StatusList.load(tampered, trust, NOW)).problem()).isEqualTo(Loaded.Problem.BAD_SIGNATURE);
        assertThat(StatusList.load(signed, trust, NOW)).isInstanceOf(Loaded.Accepted.class);
        // an attestation is not a status list
        byte[] token = CoseSign1.sign(ClaimsCodec.encode(Fixtures.claims(1)), ED, null);
        assertThat(((Loaded.Rejected<StatusList>) StatusList.load(token, trust, NOW)).problem()).isEqualTo(Loaded.Problem.MALFORMED);
    }
}
