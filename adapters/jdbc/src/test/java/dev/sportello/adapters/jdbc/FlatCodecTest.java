package dev.sportello.adapters.jdbc;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flat payloads are JSON objects of strings; the url-encoded rows of earlier versions are still read. */
class FlatCodecTest {

    @Test
    void aPayloadRoundTripsAsAJsonObjectOfStrings() {
        Map<String, String> payload = Map.of("channel", "EMAIL", "subject", "Richiesta «ROMA-42» registrata: è così",
                "html", "<p class=\"x\">a & b</p>\n\t", "att.0.data", "AAEC/w==", "emoji", "\uD83D\uDE00", "empty", "");
        String text = FlatCodec.encode(payload);
        assertThat(text).startsWith("{").contains("\"channel\":\"EMAIL\"");
        assertThat(FlatCodec.decode(text)).isEqualTo(payload);
    }

    @Test
    void randomKeysAndValuesRoundTrip() {
        Random random = new Random(20261202L);
        for (int round = 0; round < 200; round++) {
            Map<String, String> payload = new HashMap<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                payload.put(text(random), text(random));
            }
            assertThat(FlatCodec.decode(FlatCodec.encode(payload))).isEqualTo(payload);
        }
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
            b.appendCodePoint(random.nextInt(4) == 0 ? 0x20 + random.nextInt(0x60) : 0xA0 + random.nextInt(0x2000));
        }
        return b.toString();
    }

    @Test
    void rowsWrittenInTheUrlEncodedFormAreStillRead() {
        assertThat(FlatCodec.decode("channel=SMS&text=%7Bciao%7D+%C3%A8&to=%2B393471234567"))
                .isEqualTo(Map.of("channel", "SMS", "text", "{ciao} è", "to", "+393471234567"));
        assertThat(FlatCodec.decode("")).isEmpty();
        assertThat(FlatCodec.decode(null)).isEmpty();
        assertThat(FlatCodec.decode(FlatCodec.encode(Map.of()))).isEmpty();
    }

    @Test
    void aStoredPayloadThatIsNotAFlatObjectIsRefused() {
        assertThatThrownBy(() -> FlatCodec.decode("{\"a\":1}")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> FlatCodec.decode("{\"a\":{\"b\":\"c\"}}")).isInstanceOf(IllegalStateException.class);
    }
}
