package dev.sportello.users;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.offices.OfficeCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValueObjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"01234567897", "12345678903", "80000000002", "02116951001"})
    void acceptsVatNumbersWithTheirCheckDigit(String vat) {
        assertThat(new CompanyTaxCode(vat).value()).isEqualTo(vat);
    }

    @Test
    void toleratesTheItPrefixOfVatNumbers() {
        assertThat(CompanyTaxCode.parse("IT01234567897", "vat").value()).isEqualTo("01234567897");
    }

    @Test
    void rejectsVatNumberWithWrongCheckDigit() {
        assertThatThrownBy(() -> new CompanyTaxCode("01234567898"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.USR_VAT_NUMBER_CHECK_DIGIT);
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("vatNumber");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789", "012345678901", "0123456789A", ""})
    void rejectsVatNumbersThatAreNotElevenDigits(String vat) {
        assertThatThrownBy(() -> new CompanyTaxCode(vat))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USR_VAT_NUMBER_FORMAT));
    }

    @Test
    void fiscalCodeParseTellsPersonsFromCompanies() {
        assertThat(FiscalCode.parse("01234567897", "f")).isInstanceOf(CompanyTaxCode.class);
        assertThat(FiscalCode.parse("RSSMRA85T10A562S", "f")).isInstanceOf(TaxCode.class);
    }

    @Test
    void registrationNumberIsTenDigits() {
        assertThat(new CompanyRegistrationNumber("1234567890").value()).isEqualTo("1234567890");
        assertThatThrownBy(() -> new CompanyRegistrationNumber("12345"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USR_REGISTRATION_NUMBER_FORMAT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mario.rossi@example.it", "a+b@sub.example.com", "x@y.co", "Mario.Rossi@EXAMPLE.IT"})
    void acceptsEmailAddresses(String email) {
        assertThat(new EmailAddress(email).value()).contains("@");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "@example.it", "a@b", "a..b@example.it", "a@-example.it", "a b@example.it",
        ".a@example.it", "a@example.i"})
    void rejectsInvalidEmailAddresses(String email) {
        assertThatThrownBy(() -> new EmailAddress(email))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.USR_EMAIL_INVALID);
                    assertThat(e.getMessage()).doesNotContain(email);
                });
    }

    @Test
    void lowerCasesTheDomainAndMasksInToString() {
        EmailAddress email = new EmailAddress("Mario.Rossi@EXAMPLE.IT");
        assertThat(email.value()).isEqualTo("Mario.Rossi@example.it");
        assertThat(email.toString()).isEqualTo("M***@example.it");
    }

    @Test
    void aProfileShowsInitialsAndMaskedCodesOnly() {
        java.time.Instant at = java.time.Instant.parse("2026-12-01T10:00:00Z");
        ContactPoint mobile = new ContactPoint(ContactId.of("01a24048-2680-7132-8047-06062beae9cd"), ContactKind.MOBILE,
                "+393471234567", true, at, at);
        UserProfile profile = new UserProfile(dev.sportello.UserId.of("01a24048-2680-7132-8047-06062beae9ce"),
                UserKind.CITIZEN, new TaxCode("RSSMRA85T10A562S"), "Maria  Rossi", null, new MunicipalityCode("H501"),
                dev.sportello.Language.IT, java.util.List.of(mobile), 3, at, at);
        assertThat(profile.toString()).contains("name=M. R.", "RSS************S", "version=3")
                .doesNotContain("Maria", "Rossi", "RSSMRA85T10A562S", "3471234567");
    }

    @Test
    void phoneNumbersAreE164AndMasked() {
        PhoneNumber phone = new PhoneNumber("+393471234567");
        assertThat(phone.toString()).isEqualTo("+*********567").doesNotContain("347");
        assertThatThrownBy(() -> new PhoneNumber("3471234567")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PhoneNumber("+0391234567")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void municipalityCodesAreCadastralOrIstat() {
        assertThat(new MunicipalityCode("h501").value()).isEqualTo("H501");
        assertThat(new MunicipalityCode("H501").isCadastral()).isTrue();
        assertThat(new MunicipalityCode("058091").isCadastral()).isFalse();
        assertThatThrownBy(() -> new MunicipalityCode("ROMA"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USR_MUNICIPALITY_CODE_FORMAT));
    }

    @Test
    void officeCodesAreUpperCaseWithHyphens() {
        assertThat(new OfficeCode("ROMA-TIBURTINO").value()).isEqualTo("ROMA-TIBURTINO");
        assertThatThrownBy(() -> new OfficeCode("roma")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new OfficeCode("-ROMA")).isInstanceOf(InvalidInputException.class);
    }
}
