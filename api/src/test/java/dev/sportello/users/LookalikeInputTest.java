package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.Language;
import dev.sportello.PageRequest;
import dev.sportello.requests.ProtocolNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Input that looks like a valid value but is not: letters outside ASCII that upper-case into ASCII ones,
 * control characters next to a code, domains that IDNA would rewrite into another name, text that is not
 * well-formed. Each is refused with a code, never read as something else.
 */
class LookalikeInputTest {
    private static final String TAX = "RSSMRA85T10A562S";

    private static void refused(Runnable call, ErrorCode... codes) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isIn((Object[]) codes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"R\u017fSMRA85T10A562S", "R\u00dfMRA85T10A562S", "RSSMRA85T10A562\u017f", "RSSMRA85T10\u0131562S",
        "RSSMRA85T10A562S\u001f", "\u001cRSSMRA85T10A562S", "RSSMRA85T10A562S\u0000"})
    void aTaxCodeWithALetterOutsideAsciiOrAControlIsRefused(String typed) {
        refused(() -> TaxCode.parse(typed, "taxCode"), ErrorCode.USR_TAX_CODE_CHARACTERS, ErrorCode.USR_TAX_CODE_LENGTH);
        refused(() -> FiscalCode.parse(typed, "fiscalCode"), ErrorCode.USR_TAX_CODE_CHARACTERS,
                ErrorCode.USR_TAX_CODE_LENGTH);
    }

    @Test
    void lowerCaseAsciiAndEverySpaceStillWork() {
        assertThat(TaxCode.parse("rssmra85t10a562s\r\n", "taxCode").value()).isEqualTo(TAX);
        assertThat(new MunicipalityCode("h501\u00a0").value()).isEqualTo("H501");
        assertThat(new CompanyRegistrationNumber("\u202f1234567890\u00a0").value()).isEqualTo("1234567890");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0131501", "\u017f501", "H50\u0661", "\uff28501"})
    void aMunicipalityCodeWithLookalikesIsRefused(String typed) {
        refused(() -> new MunicipalityCode(typed), ErrorCode.USR_MUNICIPALITY_CODE_FORMAT);
    }

    @Test
    void elevenCharactersAreAVatNumberWhateverTheyAre() {
        // full-width digits are digits to Character.isDigit, not to a VAT number
        refused(() -> FiscalCode.parse("\uff10\uff10\uff17\uff14\uff13\uff11\uff11\uff10\uff11\uff15\uff17", "fiscalCode"),
                ErrorCode.USR_VAT_NUMBER_FORMAT);
        refused(() -> FiscalCode.parse("0074311015\u0667", "fiscalCode"), ErrorCode.USR_VAT_NUMBER_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria@stra\u00dfe.de", "maria@exa\u200dmple.it", "maria@exa\u00admple.it",
        "maria@\uff45xample.it", "maria@e\u0301xample.it\u034f"})
    void aDomainThatIdnaWouldRewriteIsRefused(String typed) {
        refused(() -> new EmailAddress(typed), ErrorCode.USR_EMAIL_INVALID);
    }

    @Test
    void anInternationalisedDomainIsKeptInPunycodeAndShownInUnicode() {
        EmailAddress composed = new EmailAddress("Maria@CITT\u00c0.it");
        assertThat(composed.value()).isEqualTo("Maria@xn--citt-3na.it");
        assertThat(composed.display()).isEqualTo("Maria@citt\u00e0.it");
        // a decomposed à is the same text (NFC), so the same domain
        assertThat(new EmailAddress("maria@citta\u0300.it").value()).isEqualTo("maria@xn--citt-3na.it");
        assertThat(new EmailAddress("maria@EXAMPLE.IT").display()).isEqualTo("maria@example.it");
        // the ideographic full stop is a label separator in IDNA: the same domain
        assertThat(new EmailAddress("maria@example\u3002it").value()).isEqualTo("maria@example.it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00a0\u2003", "ROMA-2026-\ud800", "ROMA\u0000-1", "ROMA\u007f-1", "ROMA\u0085-1"})
    void aProtocolNumberMustBeWellFormedAndNotBlank(String number) {
        refused(() -> new ProtocolNumber(number), ErrorCode.VALUE_INVALID, ErrorCode.TEXT_MALFORMED);
        assertThat(new ProtocolNumber("ROMA-TIBURTINO-2026-000123").value()).isEqualTo("ROMA-TIBURTINO-2026-000123");
    }

    @Test
    void wellFormedTextKeepsPairsTabsAndLineBreaks() {
        assertThat(Arguments.isWellFormed("riga uno\r\n\triga due \ud83d\ude00 \u00e8")).isTrue();
        assertThat(Arguments.isWellFormed("fine \ud83d")).isFalse();
        assertThat(Arguments.isWellFormed("\ude00 inizio")).isFalse();
        assertThat(Arguments.isWellFormed("nul \u0000")).isFalse();
        assertThat(Arguments.isWellFormed("del \u007f")).isFalse();
        assertThat(Arguments.isWellFormed("c1 \u009b")).isFalse();
        assertThat(Arguments.upperAscii("stra\u00dfe \u017f \u0131 abc")).isEqualTo("STRA\u00dfE \u017f \u0131 ABC");
    }

    @Test
    void theNextPageOfNothingIsRefusedWithACode() {
        refused(() -> PageRequest.first(10).after(null), ErrorCode.VALUE_REQUIRED);
    }

    @Test
    void anUnsupportedLanguageIsQuotedWithoutSplittingACharacter() {
        assertThatThrownBy(() -> Language.fromTag("a" + "\ud83d\ude00".repeat(20))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.LANGUAGE_UNSUPPORTED);
                    assertThat(Arguments.isWellFormed(e.details().get("language"))).isTrue();
                    assertThat(e.details().get("language").codePointCount(0, e.details().get("language").length()))
                            .isEqualTo(16);
                });
        assertThat(Language.fromTag("\u00a0it-IT\u202f")).isEqualTo(Language.IT);
    }
}
