package dev.sportello.core.internal.users;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.sportello.SportelloException;
import dev.sportello.users.CompanyTaxCode;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.TaxCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the tax-code, VAT-number and fiscal-code parsers: any text either parses — to a code that
 * parses again to itself, whose canonical form is stable and whose {@code toString} hides it — or is
 * refused with a {@link SportelloException}.
 */
class FiscalCodesFuzzTest {
    static java.util.stream.Stream<String> seeds() {
        return java.util.stream.Stream.of("RSSMRA85T10A562S", "RSSMRA85T10A56NH", "rssmra85t10a562s ", "IT 00743110157", "00743110157", "00000000000", "\u00a0RSSMRA85T10A562S\u202f", "VRDLCU80A41H501X");
    }

    @org.junit.jupiter.params.provider.MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void parsersAnswerEveryTextWithACodeOrACodedError(String text) {
        for (int kind = 0; kind < 3; kind++) {
            FiscalCode code;
            try {
                code = switch (kind) {
                    case 0 -> TaxCode.parse(text, "taxCode");
                    case 1 -> CompanyTaxCode.parse(text, "vatNumber");
                    default -> FiscalCode.parse(text, "fiscalCode");
                };
            } catch (SportelloException e) {
                assertThat(e.code()).isNotNull();
                continue;
            }
            assertThat(FiscalCode.parse(code.value(), "again")).isEqualTo(code);
            assertThat(FiscalCode.parse(code.canonical(), "canonical").canonical()).isEqualTo(code.canonical());
            if (code instanceof TaxCode tax) {
                assertThat(tax.toString()).doesNotContain(tax.value());
                assertThat(tax.birthDate(java.time.LocalDate.of(2026, 12, 1))).isBefore(java.time.LocalDate.of(2026, 12, 2));
                assertThat(tax.sex()).isNotNull();
            }
        }
    }
}
