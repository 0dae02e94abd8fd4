package dev.sportello.core.internal.users;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sportello.SportelloException;
import dev.sportello.users.PhoneNumber;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the mobile-number reader: a text with a letter is never read as a number, and what is read is
 * an E.164 mobile made of the digits that were typed.
 */
class PhoneNumbersFuzzTest {
    static java.util.stream.Stream<String> seeds() {
        return java.util.stream.Stream.of("347 123 4567", "+39 347 1234567", "(347) 123-45.67", "347 123 456A", "0039 347 1234567", "+44 7700 900123", "06 1234 5678");
    }

    @org.junit.jupiter.params.provider.MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void textIsReadAsTheTypedMobileOrRefusedWithACode(String typed) {
        PhoneNumber number;
        try {
            number = PhoneNumbers.mobile(typed, "phone");
        } catch (SportelloException e) {
            assertThat(e.details()).containsEntry("field", "phone");
            return;
        }
        assertThat(typed.codePoints().anyMatch(Character::isLetter)).as("letters in %s", typed).isFalse();
        assertThat(number.e164()).matches("\\+[1-9][0-9]{6,14}");
        String typedDigits = typed.replaceAll("[^0-9]", "");
        assertThat(typedDigits).endsWith(number.e164().substring(number.e164().length() - 6));
    }
}
