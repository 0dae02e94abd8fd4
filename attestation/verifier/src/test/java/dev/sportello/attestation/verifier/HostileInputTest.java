package dev.sportello.attestation.verifier;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static dev.sportello.attestation.verifier.Fixtures.ES;
import static dev.sportello.attestation.verifier.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the text, a verdict and no exception; the size caps bound the memory used. */
class HostileInputTest {
    private final TrustList trust = Fixtures.loadedTrustList(ES);
    private final StatusList status = Fixtures.statusList(trust, ES);

    private Verdict verify(String text) {
        return AttestationVerifier.verify(text, trust, status, NOW);
    }

    private static String malformed(Verdict verdict) {
        assertThat(verdict).isInstanceOf(Verdict.Malformed.class);
        return ((Verdict.Malformed) verdict).reason();
    }

    @Test
    void nullEmptyAndForeignTextsAreMalformed() {
        assertThat(malformed(verify(null))).isEqualTo("no text");
        assertThat(malformed(verify(""))).contains("IV1:");
        assertThat(malformed(verify("HC1:6BF+70790T9WJWG.FKY*4GO0"))).contains("IV1:");
        assertThat(malformed(AttestationVerifier.verify("IV1:", trust, status, null))).isEqualTo("no time given");
    }

    @Test
    void everyTruncationOfARealTokenIsAVerdictAndNeverValid() {
        String text = AttestationEncoder.encode(Fixtures.claims(7), ES);
        for (int length = 0; length < text.length(); length++) {
            Verdict verdict = verify(text.substring(0, length));
            assertThat(verdict.isValid()).as("length %d", length).isFalse();
        }
    }

    @Test
    void aMegabyteOfTextIsRefusedBeforeDecoding() {
        assertThat(malformed(verify("IV1:" + "A".repeat(1 << 20)))).isEqualTo("text too long");
    }

    @Test
    void invalidBase45IsMalformed() {
        assertThat(malformed(verify("IV1:GGW"))).contains("Base45");        // 65536 does not fit two bytes
        assertThat(malformed(verify("IV1:abc"))).contains("Base45");        // lower case is not in the alphabet
        assertThat(malformed(verify("IV1:AAAA"))).contains("Base45");       // a dangling character
        assertThat(malformed(verify("IV1:é€"))).contains("Base45");
    }

    @Test
    void aCompressionBombIsStoppedAtTheCap() {
        // 1 MB of zeros deflate to about 1 KB, inside the text cap; the inflate stops at 64 KB
        byte[] bomb = Zlib.deflate(new byte[1 << 20]);
        String text = AttestationEncoder.PREFIX + Base45.encode(bomb);
        assertThat(text.length()).isLessThanOrEqualTo(AttestationEncoder.MAX_TEXT_LENGTH);
        assertThat(malformed(verify(text))).isEqualTo("inflated payload too large");
    }

    @Test
    void truncatedOrTrailingZlibIsMalformed() {
        byte[] cose = CoseSign1.sign(ClaimsCodec.encode(Fixtures.claims(7)), ES, null);
        byte[] deflated = Zlib.deflate(cose);
        byte[] cut = java.util.Arrays.copyOf(deflated, deflated.length - 3);
        byte[] trailing = java.util.Arrays.copyOf(deflated, deflated.length + 1);
        assertThat(malformed(verify(AttestationEncoder.PREFIX + Base45.encode(cut)))).contains("zlib");
        assertThat(malformed(verify(AttestationEncoder.PREFIX + Base45.encode(trailing)))).contains("trailing");
        assertThat(malformed(verify(AttestationEncoder.PREFIX + Base45.encode(cose)))).contains("zlib");
    }

    @Test
    void deeplyNestedCborIsMalformed() {
        ByteArrayOutputStream nested = new ByteArrayOutputStream();
        for (int i = 0; i < 3000; i++) {
            nested.write(0x81); // [[[[...
        }
        nested.write(0x00);
        assertThat(malformed(verify(TokenSurgery.wrap(nested.toByteArray())))).contains("deep");
    }

    @Test
    void duplicateKeysInTheProtectedHeaderOrTheClaimsAreMalformed() {
        // protected header {1: -7, 1: -7, 4: kid}
        byte[] header = concat(new byte[] {(byte) 0xa3, 0x01, 0x26, 0x01, 0x26, 0x04, 0x48}, ES.keyId());
        byte[] cose = TokenSurgery.assemble(header, CborItem.map(), ClaimsCodec.encode(Fixtures.claims(7)), ES);
        assertThat(malformed(verify(TokenSurgery.wrap(cose)))).isEqualTo("duplicate map key");

        byte[] claims = ClaimsCodec.encode(Fixtures.claims(7));
        byte[] duplicated = concat(new byte[] {(byte) (claims[0] + 1), 0x01, 0x62, 'I', 'T'}, java.util.Arrays.copyOfRange(claims, 1, claims.length));
        byte[] signed = CoseSign1.sign(duplicated, ES, null);
        assertThat(malformed(verify(TokenSurgery.wrap(signed)))).isEqualTo("duplicate map key");
    }

    @Test
    void wellSignedButIncompleteClaimsAreMalformed() {
        List<byte[]> payloads = new ArrayList<>();
        payloads.add(new byte[] {(byte) 0xa0});                                 // {}
        payloads.add(new byte[] {(byte) 0x80});                                 // []
        payloads.add(new byte[] {(byte) 0xfb, 0, 0, 0, 0, 0, 0, 0, 0});          // a float
        payloads.add(new byte[] {(byte) 0xbf, (byte) 0xff});                    // an indefinite map
        for (byte[] payload : payloads) {
            Verdict verdict = verify(TokenSurgery.wrap(CoseSign1.sign(payload, ES, null)));
            assertThat(verdict).isInstanceOf(Verdict.Malformed.class);
        }
    }

    @Test
    void garbageDocumentsAreRefusedNotThrown() {
        TrustAnchor anchor = TrustAnchor.of(Fixtures.ANCHOR);
        java.util.Random random = new java.util.Random(20261203);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            if (bytes.length > 0) {
                bytes[0] = (byte) (0xd2 - random.nextInt(2) * 0x52); // often a tag 18 or an array of 4
            }
            assertThat(TrustList.load(bytes, anchor, NOW)).isInstanceOf(Loaded.Rejected.class);
            assertThat(StatusList.load(bytes, trust, NOW)).isInstanceOf(Loaded.Rejected.class);
            assertThat(AttestationVerifier.verify(TokenSurgery.wrap(bytes), trust, status, NOW).isValid()).isFalse();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
