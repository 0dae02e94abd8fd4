package dev.sportello.adapters.jackson;

import dev.sportello.ErrorCategory;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.SportelloException;
import dev.sportello.Violation;
import dev.sportello.users.TaxCode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProblemDetailsTest {
    private static SportelloException badTaxCode() {
        return catchThrowableOfType(SportelloException.class, () -> new TaxCode("RSSMRA85T10A562X"));
    }

    @Test
    void eachCategoryHasItsHttpStatus() {
        Map<ErrorCategory, Integer> expected = Map.of(ErrorCategory.INVALID_INPUT, 400, ErrorCategory.ACCESS_DENIED, 403,
                ErrorCategory.NOT_FOUND, 404, ErrorCategory.CONFLICT, 409, ErrorCategory.RULE_VIOLATION, 422,
                ErrorCategory.ADAPTER_FAILURE, 503);
        assertThat(expected).hasSize(ErrorCategory.values().length);
        for (ErrorCategory category : ErrorCategory.values()) {
            assertThat(ProblemDetails.status(category)).as(category.name()).isEqualTo(expected.get(category));
        }
        for (ErrorCode code : ErrorCode.values()) {
            ProblemDetails problem = ProblemDetails.of(SportelloException.of(code, Map.of()), Locale.ENGLISH);
            assertThat(problem.status()).as(code.name()).isEqualTo(expected.get(code.category()));
            assertThat(problem.code()).isEqualTo(code.name());
            assertThat(problem.type()).hasToString("https://sportello.dev/errors/"
                    + code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            assertThat(problem.detail()).isNotBlank().doesNotStartWith(code.name());
        }
    }

    @Test
    void theMessageComesInEnglishOrItalian() {
        ProblemDetails english = ProblemDetails.of(badTaxCode(), Locale.ENGLISH);
        assertThat(english.title()).isEqualTo("Invalid input");
        assertThat(english.detail()).isEqualTo("field 'taxCode': the check character of the tax code does not match");
        ProblemDetails italian = ProblemDetails.of(badTaxCode(), Language.IT);
        assertThat(italian.title()).isEqualTo("Dati non validi");
        assertThat(italian.detail())
                .isEqualTo("campo 'taxCode': il carattere di controllo del codice fiscale non corrisponde");
        assertThat(italian.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("taxCode");
            assertThat(v.rule()).isEqualTo("USR_TAX_CODE_CHECK_CHARACTER");
            assertThat(v.message()).isEqualTo(italian.detail());
        });
        assertThat(ProblemDetails.of(badTaxCode(), Locale.GERMAN).detail()).as("other languages: English")
                .isEqualTo(english.detail());
    }

    @Test
    void fieldAndViolationsAreCarried() {
        List<Violation> violations = List.of(new Violation("text", "Size", "size must be between 1 and 4000"),
                new Violation("topic", "NotNull", "must not be null"));
        SportelloException error = SportelloException.of(ErrorCode.VALIDATION_FAILED, Map.of("command", "SubmitRequest"),
                violations, null);
        ProblemDetails problem = ProblemDetails.of(error, Locale.ITALIAN);
        assertThat(problem.violations()).isEqualTo(violations);
        assertThat(problem.field()).isNull();
        assertThat(problem.detail()).startsWith("il comando SubmitRequest non è valido:");
        assertThat(ProblemDetails.of(badTaxCode(), Locale.ENGLISH).field()).isEqualTo("taxCode");
    }

    @Test
    void theJsonHasTheRfc9457ShapeAndNoPersonalData() {
        byte[] bytes = SportelloJson.standard().problem(badTaxCode(), Locale.ENGLISH);
        String text = new String(bytes, StandardCharsets.UTF_8);
        JsonNode tree = SportelloJson.mapper().readTree(bytes);
        List<String> names = new ArrayList<>(tree.propertyNames());
        assertThat(names).containsExactly("type", "title", "status", "detail", "code", "field", "violations");
        assertThat(tree.get("status").isInt()).isTrue();
        assertThat(tree.get("status").asInt()).isEqualTo(400);
        assertThat(tree.get("type").asString()).isEqualTo("https://sportello.dev/errors/usr-tax-code-check-character");
        assertThat(tree.get("violations").get(0).get("rule").asString()).isEqualTo("USR_TAX_CODE_CHECK_CHARACTER");
        assertThat(text).doesNotContain("RSSMRA").doesNotContain("562X").doesNotContain("Exception");
        assertThat(ProblemDetails.MEDIA_TYPE).isEqualTo("application/problem+json");
        SportelloException notFound = SportelloException.of(ErrorCode.REQ_NOT_FOUND, Map.of("id", "r-1"));
        JsonNode minimal = SportelloJson.mapper().readTree(SportelloJson.standard().problem(notFound, Locale.ENGLISH));
        assertThat(minimal.propertyNames()).containsExactly("type", "title", "status", "detail", "code");
    }

    @Test
    void aHostChoosesTheTypeBaseAndTheInstanceAndCanReadTheProblemBack() {
        ProblemDetails problem = ProblemDetails.of(badTaxCode(), Locale.ENGLISH, URI.create("https://api.inps.example/problems"),
                URI.create("/users/registrations"));
        assertThat(problem.type()).hasToString("https://api.inps.example/problems/usr-tax-code-check-character");
        assertThat(problem.instance()).hasToString("/users/registrations");
        String json = SportelloJson.standard().write(problem);
        assertThat(SportelloJson.standard().read(json, ProblemDetails.class)).isEqualTo(problem);
        String withExtension = json.replace("{\"type\"", "{\"traceId\":\"abc\",\"type\"");
        assertThat(SportelloJson.standard().read(withExtension, ProblemDetails.class))
                .as("unknown extension members are ignored (RFC 9457 §3.2)").isEqualTo(problem);
    }

    @Test
    void badArgumentsAreCodedErrors() {
        assertThat(catchThrowableOfType(SportelloException.class, () -> ProblemDetails.of(null, Locale.ENGLISH)).code())
                .isEqualTo(ErrorCode.VALUE_REQUIRED);
        assertThat(catchThrowableOfType(SportelloException.class, () -> ProblemDetails.of(badTaxCode(), (Locale) null))
                .details()).containsEntry("field", "locale");
        assertThat(catchThrowableOfType(SportelloException.class, () -> ProblemDetails.of(badTaxCode(), (Language) null))
                .details()).containsEntry("field", "language");
        assertThat(catchThrowableOfType(SportelloException.class, () -> ProblemDetails.of(badTaxCode(), Locale.ENGLISH,
                URI.create("problems/"), null)).code()).isEqualTo(ErrorCode.VALUE_INVALID);
        assertThat(catchThrowableOfType(SportelloException.class, () -> ProblemDetails.status(null)).code())
                .isEqualTo(ErrorCode.VALUE_REQUIRED);
        assertThat(catchThrowableOfType(SportelloException.class, () -> new ProblemDetails(URI.create("about:blank"),
                "t", 200, "d", null, "C", null, null)).details()).containsEntry("field", "status");
        assertThat(new ProblemDetails(URI.create("about:blank"), "t", 400, "d", null, "C", null, null).violations()).isEmpty();
    }
}
