package dev.sportello.attestation.verifier;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

/**
 * Fuzzes {@link AttestationVerifier#verify} over arbitrary QR texts (prefix, Base45, zlib and everything after):
 * every text gets a verdict, no exception, bounded allocation, and Valid only for claims that were signed.
 * The seeds are real tokens and hostile texts, so that the fuzzer starts past the prefix and the Base45 alphabet.
 */
class VerifierTextFuzzTest {
    static Stream<String> seeds() {
        Stream<String> tokens = FuzzWorld.seedTokens().stream().map(TokenSurgery::wrap);
        String valid = TokenSurgery.wrap(FuzzWorld.seedTokens().get(0));
        return Stream.concat(tokens, Stream.of("I", "IV1:", "HC1:6BF+70790T9WJWG.FKY*4GO0", "IV1:GGW", "IV1:AAAA",
                valid.substring(0, valid.length() / 2), valid.toLowerCase(java.util.Locale.ROOT),
                AttestationEncoder.PREFIX + Base45.encode(Zlib.deflate(new byte[1 << 20]))));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void everyTextGetsAVerdict(String text) {
        FuzzWorld.verifyAndCheck(text);
    }
}
