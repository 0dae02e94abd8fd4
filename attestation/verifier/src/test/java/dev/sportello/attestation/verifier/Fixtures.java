package dev.sportello.attestation.verifier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;

/** Keys, claims, a trust list and a status list for the tests; deterministic Ed25519 keys from fixed seeds. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant NOW = T0.plus(Duration.ofHours(2));
    static final String STATUS_URI = "https://attestazioni.example.it/status/1";
    static final InMemorySigner ANCHOR = InMemorySigner.ed25519FromSeed(seed(0xA0));
    static final InMemorySigner ED = InMemorySigner.ed25519FromSeed(seed(0x01));
    static final InMemorySigner ES = InMemorySigner.generate(CoseAlgorithm.ES256);

    private Fixtures() {
    }

    static byte[] seed(int first) {
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) (first + i);
        }
        return seed;
    }

    static AttestationClaims claims(long index) {
        return claims(index, T0, T0.plus(Duration.ofDays(30)));
    }

    static AttestationClaims claims(long index, Instant issuedAt, Instant expiresAt) {
        return new AttestationClaims("IT-INPS", issuedAt, expiresAt, HexFormat.of().parseHex("0123456789abcdef0123456789abcdef"),
                new StatusReference(STATUS_URI, index),
                new Attestation(new Holder.Named("Rossi", "Maria Grazia", LocalDate.of(1961, 4, 23)),
                        StatusCategory.CIVIL_INVALIDITY, PercentageBand.of(80), LocalDate.of(2026, 11, 20),
                        LocalDate.of(2029, 11, 19)));
    }

    static TrustList trustList(InMemorySigner... signers) {
        return TrustList.of("IT-INPS", T0, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(7)),
                java.util.Arrays.stream(signers).map(s -> SignerKey.of(s, T0.minus(Duration.ofDays(365)),
                        T0.plus(Duration.ofDays(365)))).toList());
    }

    static TrustList loadedTrustList(InMemorySigner... signers) {
        Loaded<TrustList> loaded = TrustList.load(trustList(signers).sign(ANCHOR), TrustAnchor.of(ANCHOR), NOW);
        return ((Loaded.Accepted<TrustList>) loaded).document();
    }

    static StatusList statusList(TrustList trust, InMemorySigner signer, int... revoked) {
        BitSet bits = new BitSet();
        for (int index : revoked) {
            bits.set(index);
        }
        byte[] bytes = StatusList.sign(STATUS_URI, bits, 1024, T0, T0.plus(Duration.ofDays(1)), Duration.ofHours(12), signer);
        return ((Loaded.Accepted<StatusList>) StatusList.load(bytes, trust, NOW)).document();
    }

    static List<InMemorySigner> both() {
        return List.of(ES, ED);
    }
}
