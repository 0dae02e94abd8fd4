package dev.sportello.core.internal.fragile;

import dev.sportello.core.FragileUserSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Personal codes: the alphabet, the randomness seam, the hash (R-USR-5). */
class PersonalCodesTest {
    private final PersonalCodes codes = new PersonalCodes(FragileUserSettings.builder().codeHashIterations(10_000)
            .codeRandom(FragileFixture.seeded(1L)).build());

    @Test
    @DisplayName("R-USR-5 the alphabet has no characters that look alike on paper or sound alike on the phone")
    void noLookAlikes() {
        for (char c : "0O Q1IL2Z5S8BG".replace(" ", "").toCharArray()) {
            assertThat(PersonalCodes.ALPHABET).doesNotContain(String.valueOf(c));
        }
        assertThat(PersonalCodes.ALPHABET.chars().distinct().count()).isEqualTo(PersonalCodes.ALPHABET.length());
    }

    @Test
    @DisplayName("R-USR-5 codes are drawn over the whole alphabet, of the configured length, and do not repeat")
    void codesUseTheWholeAlphabet() {
        Set<Character> seen = new HashSet<>();
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = codes.next();
            assertThat(code).hasSize(10).matches("[" + PersonalCodes.ALPHABET + "]{10}");
            code.chars().forEach(c -> seen.add((char) c));
            drawn.add(code);
        }
        assertThat(seen).hasSize(PersonalCodes.ALPHABET.length());
        assertThat(drawn).hasSize(2_000);
        PersonalCodes longer = new PersonalCodes(FragileUserSettings.builder().codeLength(16).build());
        assertThat(longer.next()).hasSize(16);
    }

    @Test
    @DisplayName("R-USR-5 the stored form is PBKDF2-HMAC-SHA256 with a fresh salt: the same code hashes differently each time")
    void saltedSlowHash() {
        String code = codes.next();
        String one = codes.hash(code);
        String two = codes.hash(code);
        assertThat(one).matches("pbkdf2-sha256\\$10000\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}").isNotEqualTo(two);
        assertThat(PersonalCodes.matches(code, one)).isTrue();
        assertThat(PersonalCodes.matches(code, two)).isTrue();
        assertThat(PersonalCodes.matches(PersonalCodes.printed(code).toLowerCase(), one)).isTrue();
        assertThat(PersonalCodes.matches(code.substring(1) + "A", one)).isFalse();
        assertThat(PersonalCodes.matches("", one)).isFalse();
        assertThat(PersonalCodes.matches(code, "sha256$abc$def")).isFalse();
        assertThat(PersonalCodes.matches(code, "pbkdf2-sha256$x$abc$def")).isFalse();
    }

    @Test
    @DisplayName("R-USR-5 the default cost is 600,000 iterations, kept with each hash")
    void theDefaultCost() {
        PersonalCodes defaults = new PersonalCodes(FragileUserSettings.defaults());
        String hash = defaults.hash("ACDEFHJKMN");
        assertThat(hash).startsWith("pbkdf2-sha256$600000$");
        assertThat(PersonalCodes.matches("acdef-hjkmn", hash)).isTrue();
    }

    @Test
    @DisplayName("R-USR-5 the printed form groups the code by five")
    void printed() {
        assertThat(PersonalCodes.printed("ACDEFHJKMN")).isEqualTo("ACDEF-HJKMN");
        assertThat(PersonalCodes.printed("ACDEFHJKMNPRT")).isEqualTo("ACDEF-HJKMN-PRT");
    }
}
