package dev.sportello.attestation.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;

import static dev.sportello.attestation.verifier.Fixtures.NOW;
import static dev.sportello.attestation.verifier.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

class AttestationRoundTripTest {
    private static InMemorySigner signer(CoseAlgorithm algorithm) {
        return algorithm == CoseAlgorithm.ES256 ? Fixtures.ES : Fixtures.ED;
    }

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, names = {"ES256", "ED25519"})
    void aTokenVerifiesWithItsKeyAndGivesBackItsClaims(CoseAlgorithm algorithm) {
        InMemorySigner signer = signer(algorithm);
        TrustList trust = Fixtures.loadedTrustList(signer);
        String text = AttestationEncoder.encode(Fixtures.claims(7), signer);

        Verdict verdict = AttestationVerifier.verify(text, trust, Fixtures.statusList(trust, signer), NOW);

        assertThat(text).startsWith("IV1:").matches("[0-9A-Z $%*+\\-./:]+");
        assertThat(verdict).isInstanceOf(Verdict.Valid.class);
        Verdict.Valid valid = (Verdict.Valid) verdict;
        assertThat(valid.claims()).isEqualTo(Fixtures.claims(7));
        assertThat(valid.keyId()).isEqualTo(HexFormat.of().formatHex(signer.keyId()));
        assertThat(valid.statusAsOf()).isEqualTo(T0);
    }

    @Test
    void aDocumentReferenceHolderAndNoBandNorEndRoundTrip() {
        AttestationClaims claims = new AttestationClaims("IT-INPS", T0, T0.plus(Duration.ofDays(1)), new byte[] {1},
                new StatusReference(Fixtures.STATUS_URI, 0), new Attestation(new Holder.DocumentReference("CIE:CA00000AA"),
                StatusCategory.HANDICAP_L104, null, LocalDate.of(2020, 1, 1), null));
        TrustList trust = Fixtures.loadedTrustList(Fixtures.ED);
        Verdict verdict = AttestationVerifier.verify(AttestationEncoder.encode(claims, Fixtures.ED), trust,
                Fixtures.statusList(trust, Fixtures.ED), NOW);
        assertThat(((Verdict.Valid) verdict).claims()).isEqualTo(claims);
    }

    @Test
    void polymorphicEdDsaIsAcceptedOnVerificationWithAnEd25519Key() throws Exception {
        byte[] cose = TokenSurgery.signWithAlgorithm(ClaimsCodec.encode(Fixtures.claims(3)), Fixtures.ED, CoseAlgorithm.EDDSA.id());
        TrustList trust = Fixtures.loadedTrustList(Fixtures.ED);
        Verdict verdict = AttestationVerifier.verify(TokenSurgery.wrap(cose), trust, Fixtures.statusList(trust, Fixtures.ED), NOW);
        assertThat(verdict).isInstanceOf(Verdict.Valid.class);
    }

    @Test
    void anEs256TokenDoesNotVerifyWithAnEd25519KeyOfTheSameKid() throws Exception {
        // the kid names the Ed25519 key, the header says ES256: the algorithm families must match
        byte[] cose = TokenSurgery.signWithAlgorithm(ClaimsCodec.encode(Fixtures.claims(3)), Fixtures.ED, CoseAlgorithm.ES256.id());
        TrustList trust = Fixtures.loadedTrustList(Fixtures.ED);
        assertThat(AttestationVerifier.verify(TokenSurgery.wrap(cose), trust, Fixtures.statusList(trust, Fixtures.ED), NOW))
                .isInstanceOf(Verdict.BadSignature.class);
    }

    @Test
    void aKidInTheUnprotectedHeaderIsAcceptedAndTheProtectedOneWins() throws Exception {
        TrustList trust = Fixtures.loadedTrustList(Fixtures.ED, Fixtures.ES);
        StatusList status = Fixtures.statusList(trust, Fixtures.ED);
        byte[] payload = ClaimsCodec.encode(Fixtures.claims(3));
        byte[] unprotectedOnly = TokenSurgery.signWithKidPlacement(payload, Fixtures.ED, null, Fixtures.ED.keyId());
        byte[] bothPlaces = TokenSurgery.signWithKidPlacement(payload, Fixtures.ED, Fixtures.ED.keyId(), Fixtures.ES.keyId());
        assertThat(AttestationVerifier.verify(TokenSurgery.wrap(unprotectedOnly), trust, status, NOW)).isInstanceOf(Verdict.Valid.class);
        assertThat(((Verdict.Valid) AttestationVerifier.verify(TokenSurgery.wrap(bothPlaces), trust, status, NOW)).keyId())
                .isEqualTo(HexFormat.of().formatHex(Fixtures.ED.keyId()));
    }

    @Test
    void theQrTextFitsTheBudget() {
        // HCERT-style budget: about 400 characters keeps the symbol near version 15 at ECC Q (this fixture has a
        // 40-character status URI and a two-word given name)
        for (InMemorySigner signer : Fixtures.both()) {
            assertThat(AttestationEncoder.encode(Fixtures.claims(123_456), signer)).hasSizeLessThanOrEqualTo(420);
        }
    }
}
