package dev.sportello.attestation.verifier;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the loaders of downloaded documents (first byte even: a trust list, odd: a status list): every input is
 * accepted or refused, never by the loaders' last-resort catch (whose reason starts with "unreadable"), and what is
 * accepted is what was signed.
 */
class ListLoadingFuzzTest {
    private static final TrustAnchor ANCHOR = TrustAnchor.of(Fixtures.ANCHOR);
    private static final byte[] TRUST_LIST = Fixtures.trustList(FuzzWorld.ES, Fixtures.ED).sign(Fixtures.ANCHOR);
    private static final byte[] STATUS_LIST = StatusList.sign(Fixtures.STATUS_URI, revoked(), 1024, Fixtures.T0,
            Fixtures.T0.plusSeconds(86_400), java.time.Duration.ofHours(12), Fixtures.ED);

    static Stream<byte[]> seeds() {
        return Stream.of(withMode(0, TRUST_LIST), withMode(1, STATUS_LIST), withMode(0, STATUS_LIST),
                withMode(1, TRUST_LIST), withMode(1, FuzzWorld.seedTokens().get(0)));
    }

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void everyDocumentIsAcceptedOrRefused(byte[] input) {
        if (input == null || input.length == 0) {
            return;   // Jazzer's empty input
        }
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        if ((input[0] & 1) == 0) {
            Loaded<TrustList> loaded = TrustList.load(bytes, ANCHOR, Fixtures.NOW);
            if (loaded instanceof Loaded.Accepted<TrustList> accepted) {
                assertThat(accepted.document().keys()).isEqualTo(FuzzWorld.TRUST.keys());
            } else {
                assertThat(((Loaded.Rejected<TrustList>) loaded).reason()).doesNotStartWith("unreadable");
            }
        } else {
            Loaded<StatusList> loaded = StatusList.load(bytes, FuzzWorld.TRUST, Fixtures.NOW);
            if (loaded instanceof Loaded.Accepted<StatusList> accepted) {
                assertThat(accepted.document().uri()).isEqualTo(Fixtures.STATUS_URI);
                assertThat(accepted.document().status(5)).isEqualTo(StatusList.INVALID);
                assertThat(accepted.document().status(6)).isEqualTo(StatusList.VALID);
            } else {
                assertThat(((Loaded.Rejected<StatusList>) loaded).reason()).doesNotStartWith("unreadable");
            }
        }
    }

    private static java.util.BitSet revoked() {
        java.util.BitSet bits = new java.util.BitSet();
        bits.set(5);
        return bits;
    }

    private static byte[] withMode(int mode, byte[] bytes) {
        byte[] out = new byte[bytes.length + 1];
        out[0] = (byte) mode;
        System.arraycopy(bytes, 0, out, 1, bytes.length);
        return out;
    }
}
