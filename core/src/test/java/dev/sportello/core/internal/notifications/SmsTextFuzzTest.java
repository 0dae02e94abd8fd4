package dev.sportello.core.internal.notifications;

import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Fuzzes the SMS segmenter against the independent reference implementation of 3GPP TS 23.038. */
class SmsTextFuzzTest {
    static java.util.stream.Stream<String> seeds() {
        return java.util.stream.Stream.of("Ciao", "€".repeat(80), "x".repeat(160), "x".repeat(161), "è".repeat(70), "\ud83d\ude00".repeat(40), "{}[]~^|\\");
    }

    @org.junit.jupiter.params.provider.MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void segmentsAgreeWithTheReference(String text) {
        if (text == null) {
            return;   // Jazzer's empty input
        }
        SmsText.Size size = SmsText.measure(text);
        Gsm0338Reference.Size expected = Gsm0338Reference.measure(text);
        assertThat(size.encoding()).isEqualTo(expected.encoding());
        assertThat(size.units()).isEqualTo(expected.units());
        assertThat(size.segments()).isEqualTo(expected.segments());
    }
}
