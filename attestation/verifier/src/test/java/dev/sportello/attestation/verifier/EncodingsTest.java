package dev.sportello.attestation.verifier;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Base45 against the RFC 9285 vectors; zlib round trips and refusals. */
class EncodingsTest {
    @Test
    void base45MatchesTheRfcVectors() throws Exception {
        assertThat(Base45.encode("AB".getBytes(StandardCharsets.US_ASCII))).isEqualTo("BB8");
        assertThat(Base45.encode("Hello!!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("%69 VD92EX0");
        assertThat(Base45.encode("base-45".getBytes(StandardCharsets.US_ASCII))).isEqualTo("UJCLQE7W581");
        assertThat(new String(Base45.decode("QED8WEX0"), StandardCharsets.US_ASCII)).isEqualTo("ietf!");
        assertThatThrownBy(() -> Base45.decode("GGW")).isInstanceOf(MalformedException.class);
    }

    @Test
    void base45RoundTripsSeededRandomBytes() throws Exception {
        Random random = new Random(45);
        for (int i = 0; i < 500; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            assertThat(Base45.decode(Base45.encode(bytes))).isEqualTo(bytes);
        }
    }

    @Test
    void zlibRoundTripsAndRefusesWhatIsNotOneCompleteStreamUnderTheCap() throws Exception {
        byte[] data = "status status status status".getBytes(StandardCharsets.US_ASCII);
        byte[] deflated = Zlib.deflate(data);
        assertThat(deflated[0]).isEqualTo((byte) 0x78);                 // a ZLIB header (RFC 1950)
        assertThat(Zlib.inflate(deflated, 1000)).isEqualTo(data);
        assertThatThrownBy(() -> Zlib.inflate(deflated, data.length - 1)).hasMessageContaining("too large");
        assertThatThrownBy(() -> Zlib.inflate(java.util.Arrays.copyOf(deflated, deflated.length - 1), 1000))
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> Zlib.inflate(new byte[0], 1000)).hasMessageContaining("truncated");
        assertThatThrownBy(() -> Zlib.inflate(new byte[] {1, 2, 3}, 1000)).hasMessageContaining("invalid zlib");
    }
}
