package dev.sportello.core.internal.kernel;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text helpers count characters as users see them: a surrogate pair is one character and is never split. */
class TextTest {
    private static final String SMILE = "\ud83d\ude00";

    @Test
    @DisplayName("a text within the limit is kept whole; a longer one keeps its first characters")
    void truncatesPlainText() {
        assertThat(Text.truncate("Roma", 4)).isEqualTo("Roma");
        assertThat(Text.truncate("Roma", 10)).isEqualTo("Roma");
        assertThat(Text.truncate("Roma Tiburtino", 4)).isEqualTo("Roma");
        assertThat(Text.truncate("Roma", 0)).isEmpty();
    }

    @Test
    @DisplayName("a pair counts as one character: a text of pairs within the limit is kept although it has more chars")
    void pairsCountAsOneCharacter() {
        String two = SMILE + SMILE;
        assertThat(two).hasSize(4);
        assertThat(Text.truncate(two, 3)).isEqualTo(two);
        assertThat(Text.truncate(two, 2)).isEqualTo(two);
        assertThat(Text.truncate("a" + SMILE + "b", 3)).isEqualTo("a" + SMILE + "b");
    }

    @Test
    @DisplayName("a text of pairs over the limit is cut after whole characters, never inside a pair")
    void neverSplitsAPair() {
        assertThat(Text.truncate(SMILE + SMILE + SMILE, 2)).isEqualTo(SMILE + SMILE);
        assertThat(Text.truncate("a" + SMILE + "bc", 2)).isEqualTo("a" + SMILE);
        assertThat(Text.truncate(SMILE + "abc", 1)).isEqualTo(SMILE);
    }

    @Test
    @DisplayName("null and blank text become null; other text is stripped")
    void strippedOrNull() {
        assertThat(Text.strippedOrNull(null)).isNull();
        assertThat(Text.strippedOrNull("")).isNull();
        assertThat(Text.strippedOrNull(" \t\u2003 ")).isNull();
        assertThat(Text.strippedOrNull("  esito positivo \n")).isEqualTo("esito positivo");
        assertThat(Text.strippedOrNull("ok")).isEqualTo("ok");
    }
}
