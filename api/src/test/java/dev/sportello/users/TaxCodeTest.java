package dev.sportello.users;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxCodeTest {

    @ParameterizedTest
    @CsvSource({"RSSMRA85T10A562S", "VRDLCU80A41H501K", "BNCGPP45E15L219N", "PRVNNA08M55H501Y"})
    void acceptsValidCodes(String code) {
        assertThat(new TaxCode(code).value()).isEqualTo(code);
    }

    @Test
    void toleratesLowerCaseAndSurroundingSpaces() {
        assertThat(TaxCode.parse("  rssmra85t10a562s ", "taxCode").value()).isEqualTo("RSSMRA85T10A562S");
    }

    @Test
    void rejectsWrongLengthNamingTheField() {
        assertThatThrownBy(() -> TaxCode.parse("RSSMRA85T10A562", "fiscal"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.USR_TAX_CODE_LENGTH);
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("fiscal");
                        assertThat(v.rule()).isEqualTo("USR_TAX_CODE_LENGTH");
                    });
                    assertThat(e.details()).containsEntry("length", "15");
                });
    }

    @ParameterizedTest
    @CsvSource({"1SSMRA85T10A562S,1", "RSSMRAX5T10A562S,7", "RSSMRA85Z10A562S,9", "RSSMRA85T10A5-2S,14"})
    void rejectsCharactersNotAllowedAtTheirPosition(String code, String position) {
        assertThatThrownBy(() -> new TaxCode(code))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.USR_TAX_CODE_CHARACTERS);
                    assertThat(e.details()).containsEntry("position", position);
                });
    }

    @Test
    void rejectsWrongCheckCharacter() {
        assertThatThrownBy(() -> new TaxCode("RSSMRA85T10A562T"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USR_TAX_CODE_CHECK_CHARACTER));
    }

    @Test
    void rejectsImpossibleBirthDate() {
        // 31 February, with a correct check character
        String base = "RSSMRA85B31A562";
        String code = base + TaxCode.checkCharacter(base);
        assertThatThrownBy(() -> new TaxCode(code))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USR_TAX_CODE_BIRTH_DATE));
    }

    @Test
    void acceptsOmocodiaVariantsAndRestoresTheCanonicalCode() {
        TaxCode oneLetter = new TaxCode("RSSMRA85T10A56NH");
        TaxCode threeLetters = new TaxCode("RSSMRA85T1LA5SNW");
        assertThat(oneLetter.isOmocode()).isTrue();
        assertThat(threeLetters.isOmocode()).isTrue();
        assertThat(oneLetter.canonical()).isEqualTo("RSSMRA85T10A562S");
        assertThat(threeLetters.canonical()).isEqualTo("RSSMRA85T10A562S");
        assertThat(threeLetters.birthDate(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(1985, 12, 10));
        assertThat(new TaxCode("RSSMRA85T10A562S").isOmocode()).isFalse();
    }

    @Test
    void derivesSexBirthDateBirthplaceAndAge() {
        TaxCode man = new TaxCode("RSSMRA85T10A562S");
        TaxCode woman = new TaxCode("VRDLCU80A41H501K");
        LocalDate today = LocalDate.of(2026, 11, 22);
        assertThat(man.sex()).isEqualTo(Sex.MALE);
        assertThat(woman.sex()).isEqualTo(Sex.FEMALE);
        assertThat(woman.birthDate(today)).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(woman.birthplace().value()).isEqualTo("H501");
        assertThat(man.ageOn(today)).isEqualTo(40);
        assertThat(man.ageOn(LocalDate.of(2025, 12, 9))).isEqualTo(39);
    }

    @Test
    void picksTheCenturyThatDoesNotPutTheBirthInTheFuture() {
        TaxCode minor = new TaxCode("PRVNNA08M55H501Y"); // 15 August 2008, female
        assertThat(minor.birthDate(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2008, 8, 15));
        assertThat(minor.ageOn(LocalDate.of(2026, 11, 22))).isEqualTo(18);
        TaxCode old = new TaxCode("BLLLGU40A01A952Y");
        assertThat(old.birthDate(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(1940, 1, 1));
    }

    @Test
    void neverShowsTheWholeCodeInToString() {
        assertThat(new TaxCode("RSSMRA85T10A562S").toString()).isEqualTo("RSS************S");
    }
}
