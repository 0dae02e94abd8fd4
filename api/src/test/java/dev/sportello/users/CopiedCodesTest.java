package dev.sportello.users;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Codes as users copy and paste them: Unicode spaces around, an {@code IT} prefix with a space, and the
 * VAT numbers that no company holds.
 */
class CopiedCodesTest {
    private static final String VAT = "00743110157";
    private static final String TAX = "RSSMRA85T10A562S";

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0" + VAT, VAT + "\u202f", "\u2007" + VAT + "\u3000", "\u200b" + VAT + "\ufeff",
            "IT" + VAT, "it " + VAT, "IT\u00a0" + VAT, " IT  " + VAT + " "})
    void vatNumbersAreReadAsTheirJavadocSays(String typed) {
        assertThat(CompanyTaxCode.parse(typed, "vatNumber").value()).isEqualTo(VAT);
        assertThat(FiscalCode.parse(typed, "fiscalCode")).isEqualTo(new CompanyTaxCode(VAT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0" + TAX, TAX + "\u202f", "\trssmra85t10a562s\u2009"})
    void taxCodesDropEverySpaceAround(String typed) {
        assertThat(TaxCode.parse(typed, "taxCode").value()).isEqualTo(TAX);
        assertThat(FiscalCode.parse(typed, "fiscalCode").value()).isEqualTo(TAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000000", "00000001003", "00000000001"})
    void aVatNumberWithoutACompanyNumberIsRefusedWhateverItsCheckDigit(String vat) {
        assertThatThrownBy(() -> CompanyTaxCode.parse(vat, "vatNumber")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(e.code()).isIn(ErrorCode.USR_VAT_NUMBER_FORMAT, ErrorCode.USR_VAT_NUMBER_CHECK_DIGIT);
                    assertThat(e.details()).containsEntry("field", "vatNumber");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "0000000100"})
    void allZeroCompanyNumbersAreRefusedEvenWithTheRightCheckDigit(String firstTen) {
        int check = CompanyTaxCode.checkDigit(firstTen + "0");
        assertThatThrownBy(() -> CompanyTaxCode.parse(firstTen + check, "vatNumber"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USR_VAT_NUMBER_FORMAT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSSMRA85T10A56NH", "RSSMRA85T10A562S"})
    void aTaxCodeAndItsOmocodiaVariantShareTheCanonicalForm(String code) {
        assertThat(TaxCode.parse(code, "taxCode").canonical()).isEqualTo("RSSMRA85T10A562S");
    }
}
