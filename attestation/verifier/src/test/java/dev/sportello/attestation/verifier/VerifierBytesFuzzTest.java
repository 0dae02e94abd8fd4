package dev.sportello.attestation.verifier;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Fuzzes {@link AttestationVerifier#verify} below the text layer: the input is CBOR (first byte even: deflated, then
 * Base45, then prefixed) or a raw zlib stream (first byte odd: Base45 and prefix only), so that the fuzzer works on
 * the COSE structure, the headers, the claims and the inflater directly. Same checks as the text target.
 */
class VerifierBytesFuzzTest {
    static Stream<byte[]> seeds() {
        Stream<byte[]> cbor = FuzzWorld.seedTokens().stream().map(t -> withMode(0, t));
        Stream<byte[]> zlib = FuzzWorld.seedTokens().stream().limit(2).map(t -> withMode(1, Zlib.deflate(t)));
        return Stream.of(cbor, zlib, Stream.of(
                withMode(0, Fixtures.trustList(Fixtures.ED).sign(Fixtures.ANCHOR)),    // a COSE_Sign1 with a typ
                withMode(0, "\u0081".repeat(40).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                withMode(1, Zlib.deflate(new byte[1 << 20])),                          // a bomb
                new byte[0])).flatMap(s -> s);
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void everyPayloadGetsAVerdict(byte[] input) {
        if (input == null || input.length == 0) {
            return;   // Jazzer's empty input
        }
        byte[] rest = Arrays.copyOfRange(input, 1, input.length);
        byte[] zlib = (input[0] & 1) == 0 ? Zlib.deflate(rest) : rest;
        FuzzWorld.verifyAndCheck(AttestationEncoder.PREFIX + Base45.encode(zlib));
    }

    private static byte[] withMode(int mode, byte[] bytes) {
        byte[] out = new byte[bytes.length + 1];
        out[0] = (byte) mode;
        System.arraycopy(bytes, 0, out, 1, bytes.length);
        return out;
    }
}
