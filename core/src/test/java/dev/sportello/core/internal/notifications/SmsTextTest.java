package dev.sportello.core.internal.notifications;

import dev.sportello.notifications.SmsEncoding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTest {

    @ParameterizedTest
    @CsvSource({"1,1", "160,1", "161,2", "306,2", "307,3", "459,3", "460,4"})
    void gsm7UsesOneHundredSixtyThenOneHundredFiftyThreeSeptets(int length, int segments) {
        SmsText.Size size = SmsText.measure("a".repeat(length));
        assertThat(size.encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(size.units()).isEqualTo(length);
        assertThat(size.segments()).isEqualTo(segments);
    }

    @Test
    void italianAccentsOfTheBasicTableStayGsm7() {
        assertThat(SmsText.measure("è così: là, più, perché").encoding()).isEqualTo(SmsEncoding.GSM_7);
    }

    @Test
    void extensionCharactersCountTwoSeptets() {
        assertThat(SmsText.measure("€".repeat(80))).isEqualTo(new SmsText.Size(SmsEncoding.GSM_7, 160, 1));
        assertThat(SmsText.measure("€".repeat(81))).isEqualTo(new SmsText.Size(SmsEncoding.GSM_7, 162, 2));
    }

    @Test
    void anEscapePairIsNeverSplitAcrossParts() {
        // 306 septets: a naive ceil(306 / 153) says 2 parts, but '{' (2 septets) after 152 single ones
        // would end at 154 > 153, so it moves to part 2, which then overflows into part 3
        String text = "a".repeat(152) + "{" + "a".repeat(152);
        SmsText.Size size = SmsText.measure(text);
        assertThat(size.units()).isEqualTo(306);
        assertThat(size.segments()).isEqualTo(3);
        assertThat(SmsText.measure("a".repeat(151) + "{" + "a".repeat(152)).segments()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource({"70,1", "71,2", "134,2", "135,3"})
    void ucs2UsesSeventyThenSixtySevenUnits(int length, int segments) {
        SmsText.Size size = SmsText.measure("È" + "a".repeat(length - 1));
        assertThat(size.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(size.segments()).isEqualTo(segments);
    }

    @Test
    void surrogatePairsCountTwoUnitsAndAreNotSplit() {
        String emoji = "\uD83D\uDE00";
        assertThat(SmsText.measure(emoji).units()).isEqualTo(2);
        // 66 units then an emoji (2 units) would reach 68 > 67: the pair moves to the next part
        SmsText.Size size = SmsText.measure("ж".repeat(66) + emoji + "ж".repeat(5));
        assertThat(size.units()).isEqualTo(73);
        assertThat(size.segments()).isEqualTo(2);
    }
}
