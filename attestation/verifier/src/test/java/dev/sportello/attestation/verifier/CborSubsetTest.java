package dev.sportello.attestation.verifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The subset's refusals, each on the smallest input that shows it; RFC 8949 Appendix A vectors it accepts. */
class CborSubsetTest {
    private static CborItem decode(String hex) throws MalformedException {
        return CborReader.decode(HexFormat.of().parseHex(hex));
    }

    @ParameterizedTest
    @CsvSource({
        "00, 0", "17, 23", "1818, 24", "1903e8, 1000", "1a000f4240, 1000000", "1b000000e8d4a51000, 1000000000000",
        "1b7fffffffffffffff, 9223372036854775807", "20, -1", "3863, -100", "3bffffffffffffffff, err",
        "3b7fffffffffffffff, -9223372036854775808"})
    void integersReadAsTheRfcSays(String hex, String expected) throws Exception {
        if (expected.equals("err")) {
            assertThatThrownBy(() -> decode(hex)).isInstanceOf(MalformedException.class);
        } else {
            assertThat(decode(hex)).isEqualTo(new CborItem.Int(Long.parseLong(expected)));
            assertThat(HexFormat.of().formatHex(CborWriter.encode(decode(hex)))).isEqualTo(hex);
        }
    }

    @Test
    void textsBytesArraysMapsTagsAndSimplesRoundTrip() throws Exception {
        for (String hex : List.of("6449455446", "62c3bc", "4401020304", "83010203", "a201020304", "a26161016162820203",
                "d818456449455446", "f4", "f5", "f6", "60", "40", "80", "a0")) {
            assertThat(HexFormat.of().formatHex(CborWriter.encode(decode(hex)))).as(hex).isEqualTo(hex);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "1817, non-shortest", "190017, non-shortest", "1900ff, non-shortest", "1a0000ffff, non-shortest",
        "1b00000000ffffffff, non-shortest", "5f42010243030405ff, indefinite", "9fff, indefinite", "bfff, indefinite",
        "7fff, indefinite", "f93c00, floating", "fa47c35000, floating", "fb3ff199999999999a, floating",
        "f7, simple", "f0, simple", "f820, simple", "a201020103, duplicate", "a1a0a0, keys", "a18001, keys", "a1f401, keys",
        "0000, trailing", "62c328, UTF-8", "63eda080, UTF-8", "1c, reserved", "5a00010000, truncated", "9affffffff, truncated",
        "bb0000000100000000, truncated", "ff, indefinite", "18, truncated", "'', empty"})
    void refusesWhatIsOutsideTheSubset(String hex, String reason) {
        assertThatThrownBy(() -> decode(hex)).isInstanceOf(MalformedException.class).hasMessageContaining(reason);
    }

    @Test
    void nestingIsCappedAtSixteen() throws Exception {
        String ok = "81".repeat(CborReader.MAX_DEPTH) + "00";
        assertThat(decode(ok)).isInstanceOf(CborItem.Array.class);
        assertThatThrownBy(() -> decode("81" + ok)).hasMessageContaining("deep");
        assertThatThrownBy(() -> decode("c1".repeat(CborReader.MAX_DEPTH + 1) + "00")).hasMessageContaining("deep");
    }

    @Test
    void theWriterSortsMapKeysByTheirEncodedBytes() {
        Map<CborItem, CborItem> map = CborItem.map();
        map.put(new CborItem.Text("a"), new CborItem.Int(1));
        map.put(new CborItem.Int(-1), new CborItem.Int(2));
        map.put(new CborItem.Int(24), new CborItem.Int(3));
        map.put(new CborItem.Int(10), new CborItem.Int(4));
        // 0a < 1818 < 20 < 6161: core deterministic encoding (RFC 8949 §4.2.1), not length-first
        assertThat(HexFormat.of().formatHex(CborWriter.encode(new CborItem.MapItem(map)))).isEqualTo("a40a04181803200261610" + "1");
    }
}
