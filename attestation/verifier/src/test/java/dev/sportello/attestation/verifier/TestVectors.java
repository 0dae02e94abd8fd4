package dev.sportello.attestation.verifier;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The test vectors of docs/attestation.md, computed: Ed25519 keys from fixed seeds (Ed25519 signatures are
 * deterministic), fixed times and token ids, so that every value but the zlib stream is the same on every machine.
 */
final class TestVectors {
    static final byte[] ANCHOR_SEED = seed(0xa0);
    static final byte[] SIGNER_SEED = seed(0x01);
    static final InMemorySigner ANCHOR = InMemorySigner.ed25519FromSeed(ANCHOR_SEED);
    static final InMemorySigner SIGNER = InMemorySigner.ed25519FromSeed(SIGNER_SEED);
    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final String STATUS_URI = "https://attestazioni.example.it/status/1";
    static final int REVOKED_INDEX = 5;

    private TestVectors() {
    }

    static byte[] seed(int first) {
        byte[] seed = new byte[32];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) (first + i);
        }
        return seed;
    }

    static AttestationClaims validClaims() {
        return claims(7, T0, T0.plus(Duration.ofDays(30)), new Holder.Named("Rossi", "Maria Grazia", LocalDate.of(1961, 4, 23)),
                PercentageBand.of(80));
    }

    static AttestationClaims revokedClaims() {
        return claims(REVOKED_INDEX, T0, T0.plus(Duration.ofDays(30)), new Holder.DocumentReference("CIE:CA00000AA"), null);
    }

    static AttestationClaims expiredClaims() {
        return claims(9, T0.minus(Duration.ofDays(31)), T0.minus(Duration.ofDays(1)),
                new Holder.Named("Bianchi", "Luca", LocalDate.of(1990, 2, 1)), PercentageBand.FULL);
    }

    private static AttestationClaims claims(long index, Instant iat, Instant exp, Holder holder, PercentageBand band) {
        byte[] cti = HexFormat.of().parseHex("0123456789abcdef0123456789abcd" + String.format("%02x", index));
        return new AttestationClaims("IT-INPS", iat, exp, cti, new StatusReference(STATUS_URI, index),
                new Attestation(holder, band == null ? StatusCategory.HANDICAP_L104 : StatusCategory.CIVIL_INVALIDITY, band,
                        LocalDate.of(2026, 11, 20), band == null ? null : LocalDate.of(2029, 11, 19)));
    }

    static TrustList trustList() {
        return TrustList.of("IT-INPS", T0, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofDays(7)),
                List.of(SignerKey.of(SIGNER, T0.minus(Duration.ofDays(365)), T0.plus(Duration.ofDays(365)))));
    }

    static byte[] statusListBits() {
        byte[] bits = new byte[1024 / 8];
        bits[REVOKED_INDEX / 8] |= (byte) (1 << (REVOKED_INDEX % 8));
        return bits;
    }

    static byte[] statusList() {
        BitSet revoked = new BitSet();
        revoked.set(REVOKED_INDEX);
        return StatusList.sign(STATUS_URI, revoked, 1024, T0, T0.plus(Duration.ofDays(1)), Duration.ofHours(12), SIGNER);
    }

    static byte[] cose(AttestationClaims claims) {
        return CoseSign1.sign(ClaimsCodec.encode(claims), SIGNER, null);
    }

    /** The named hex and text values, in the order the document prints them. */
    static Map<String, String> values() {
        HexFormat hex = HexFormat.of();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("anchor.seed", hex.formatHex(ANCHOR_SEED));
        v.put("anchor.spki", hex.formatHex(ANCHOR.publishedDer()));
        v.put("anchor.kid", hex.formatHex(ANCHOR.keyId()));
        v.put("signer.seed", hex.formatHex(SIGNER_SEED));
        v.put("signer.spki", hex.formatHex(SIGNER.publishedDer()));
        v.put("signer.kid", hex.formatHex(SIGNER.keyId()));
        byte[] claims = ClaimsCodec.encode(validClaims());
        v.put("valid.claims", hex.formatHex(claims));
        byte[] cose = cose(validClaims());
        CoseSign1.Parsed parsed = parse(cose);
        v.put("valid.protected", hex.formatHex(parsed.protectedBytes()));
        v.put("valid.sig_structure", hex.formatHex(CoseSign1.toBeSigned(parsed.protectedBytes(), claims)));
        v.put("valid.signature", hex.formatHex(parsed.signature()));
        v.put("valid.cose", hex.formatHex(cose));
        v.put("valid.qr", AttestationEncoder.encode(validClaims(), SIGNER));
        v.put("revoked.cose", hex.formatHex(cose(revokedClaims())));
        v.put("revoked.qr", AttestationEncoder.encode(revokedClaims(), SIGNER));
        v.put("expired.cose", hex.formatHex(cose(expiredClaims())));
        v.put("expired.qr", AttestationEncoder.encode(expiredClaims(), SIGNER));
        v.put("trustlist.cose", hex.formatHex(trustList().sign(ANCHOR)));
        v.put("statuslist.bits", hex.formatHex(statusListBits()));
        v.put("statuslist.cose", hex.formatHex(statusList()));
        return v;
    }

    /** The fenced block of docs/attestation.md between its vector markers: {@code name = value} lines. */
    static String render() {
        StringBuilder out = new StringBuilder();
        values().forEach((name, value) -> out.append(name).append(" = ").append(value).append('\n'));
        return out.toString();
    }

    static CoseSign1.Parsed parse(byte[] cose) {
        try {
            return CoseSign1.parse(cose);
        } catch (MalformedException e) {
            throw new IllegalStateException(e.reason(), e);
        }
    }
}
