package dev.sportello.core.internal.users;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A typed number with letters or other marks is refused, not turned into another valid number. */
class PhoneNumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"347 123 4567", "+39 347 1234567", "(347) 123-45.67", "347/1234567", "\u00a0347\u202f1234567\u2009",
            "0039 347 1234567"})
    void numbersAsPeopleWriteThemAreRead(String typed) {
        assertThat(PhoneNumbers.mobile(typed, "phone").e164()).isEqualTo("+393471234567");
    }

    @ParameterizedTest
    @ValueSource(strings = {"347 123 456A", "347 CALL NOW", "+39 347 1234567 ext 12", "347 1234567 x12", "3471234567#",
            "347\u00b71234567", "３４７１２３４５６７", "+39 347 1234567;", "FLOWERS", ""})
    void lettersAndOtherMarksAreRefusedBeforeParsing(String typed) {
        assertThatThrownBy(() -> PhoneNumbers.mobile(typed, "phone")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.USR_PHONE_UNPARSEABLE);
            assertThat(e.details()).containsEntry("field", "phone");
        });
    }
}
