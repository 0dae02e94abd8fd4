package dev.sportello.users;

import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Internationalised and Punycode domains are accepted in ASCII form; non-ASCII local parts are refused. */
class EmailDomainsTest {
    @Test
    void anInternationalisedDomainIsKeptInPunycodeAndShownAsWritten() {
        EmailAddress address = new EmailAddress("maria@città.it");
        assertThat(address.value()).isEqualTo("maria@xn--citt-3na.it");
        assertThat(address.display()).isEqualTo("maria@città.it");
        assertThat(new EmailAddress("Maria@XN--CITT-3NA.IT").value()).isEqualTo("Maria@xn--citt-3na.it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"info@example.xn--p1ai", "a@пример.рф", "b@bücher.example", "\u00a0c@example.it\u202f"})
    void punycodeTopLevelDomainsAndUnicodeNamesAreAccepted(String typed) {
        EmailAddress address = new EmailAddress(typed);
        assertThat(address.value()).matches("[a-z]+@[a-z0-9.-]+").doesNotContain(" ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mària@example.it", "a@-bad-.it", "a@exa_mple.it", "a@.it", "a@example", "a@xn--.it"})
    void nonAsciiLocalPartsAndBadDomainsAreRefused(String typed) {
        assertThatThrownBy(() -> new EmailAddress(typed)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.USR_EMAIL_INVALID));
    }

    @Test
    void theLengthLimitAppliesToTheStoredPunycodeForm() {
        // 252 characters as typed, 266 once the two internationalised labels are in Punycode (a fuzzing finding)
        String local = "i".repeat(64);
        String typed = local + "@" + "o".repeat(60) + "." + "o".repeat(60) + "." + "o".repeat(50) + ".città.città.it";
        assertThat(typed).hasSizeLessThanOrEqualTo(254);
        assertThatThrownBy(() -> new EmailAddress(typed)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.USR_EMAIL_INVALID));
        String fits = local + "@" + "o".repeat(60) + "." + "o".repeat(60) + "." + "o".repeat(30) + ".città.città.it";
        assertThat(new EmailAddress(fits).value()).hasSizeLessThanOrEqualTo(254).contains("xn--citt-3na");
    }
}
