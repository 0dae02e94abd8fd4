package dev.sportello.adapters.jackson;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sportello.Arguments;
import dev.sportello.ErrorCategory;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.SportelloException;
import dev.sportello.Violation;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An error as Problem Details (RFC 9457), for web layers: serialise it with {@link SportelloJson} and send
 * it with media type {@value #MEDIA_TYPE} and {@link #status()} as the HTTP status.
 *
 * <p>Members: {@code type} ({@code <base>/<code in lower case, '_' as '-'>}), {@code title} (the
 * category in the requested language), {@code status}, {@code detail} (the SDK's message in the requested
 * language, without the code prefix), {@code instance} (optional, given by the host), and the extensions
 * {@code code} (the stable {@link ErrorCode}), {@code field} (the rejected field or JSON path, if any) and
 * {@code violations} (one per rejected field). Nothing else of the exception is exposed: no cause, no
 * stack, no detail parameter beyond what the message already carries, so no personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type       the problem type URI, not null
 * @param title      short summary of the category, not null
 * @param status     the HTTP status (400, 403, 404, 409, 422 or 503)
 * @param detail     the message, not null
 * @param instance   the URI of this occurrence, or null
 * @param code       the stable error code, not null
 * @param field      the rejected field, or null
 * @param violations the per-field reasons, not null (written only when not empty)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProblemDetails(URI type, String title, int status, String detail, URI instance, String code,
                             String field, List<Violation> violations) {
    /** The media type of a serialised problem. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** The default base of problem type URIs. */
    public static final URI DEFAULT_TYPE_BASE = URI.create("https://sportello.dev/errors/");

    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for a null type, title,
     *                                             detail or code; {@code VALUE_INVALID} for a status
     *                                             outside 400–599
     */
    public ProblemDetails {
        Arguments.required(type, "ProblemDetails", "type");
        Arguments.required(title, "ProblemDetails", "title");
        Arguments.required(detail, "ProblemDetails", "detail");
        Arguments.required(code, "ProblemDetails", "code");
        if (status < 400 || status > 599) {
            throw Arguments.invalid("ProblemDetails", "status", "an HTTP error status, 400-599");
        }
        violations = violations == null ? List.of() : Arguments.list(violations, "ProblemDetails", "violations");
    }

    /**
     * The problem for an error, with the default type base and no instance.
     *
     * @param error  the error, not null
     * @param locale the language of title and detail (Italian for {@code it}, English otherwise), not null
     * @return the problem
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for a null argument
     */
    public static ProblemDetails of(SportelloException error, Locale locale) {
        return of(error, locale, DEFAULT_TYPE_BASE, null);
    }

    /**
     * The problem for an error, in one of the SDK's languages.
     *
     * @param error    the error, not null
     * @param language the language, not null
     * @return the problem
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for a null argument
     */
    public static ProblemDetails of(SportelloException error, Language language) {
        return of(error, Arguments.required(language, "ProblemDetails", "language").locale());
    }

    /**
     * The problem for an error.
     *
     * @param error    the error, not null
     * @param locale   the language of title and detail, not null
     * @param typeBase the base of the type URI (e.g. {@code https://api.example.it/problems/}), not null;
     *                 a missing final slash is added
     * @param instance the URI of this occurrence (e.g. the request path), or null
     * @return the problem
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for a null error, locale or
     *                                             base, {@code VALUE_INVALID} for a base that is not absolute
     */
    public static ProblemDetails of(SportelloException error, Locale locale, URI typeBase, URI instance) {
        Arguments.required(error, "ProblemDetails", "error");
        Arguments.required(locale, "ProblemDetails", "locale");
        Arguments.required(typeBase, "ProblemDetails", "typeBase");
        if (!typeBase.isAbsolute()) {
            throw Arguments.invalid("ProblemDetails", "typeBase", "an absolute URI");
        }
        String base = typeBase.toString().endsWith("/") ? typeBase.toString() : typeBase + "/";
        ErrorCode code = error.code();
        String detail = withoutCode(code, error.message(locale));
        List<Violation> violations = error.violations().size() == 1
                && error.violations().get(0).rule().equals(code.name())
                ? List.of(localised(error.violations().get(0), detail))
                : error.violations();
        return new ProblemDetails(URI.create(base + code.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                title(code.category(), locale), status(code.category()), detail, instance, code.name(),
                error.details().get("field"), violations);
    }

    /**
     * The HTTP status of a category: invalid input 400, access denied 403, not found 404, conflict 409,
     * rule violation 422, adapter failure 503.
     *
     * @param category the category, not null
     * @return the status
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} for null
     */
    public static int status(ErrorCategory category) {
        return switch (Arguments.required(category, "ProblemDetails", "category")) {
            case INVALID_INPUT -> 400;
            case ACCESS_DENIED -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case RULE_VIOLATION -> 422;
            case ADAPTER_FAILURE -> 503;
        };
    }

    private static final Map<ErrorCategory, String[]> TITLES = Map.of(
            ErrorCategory.INVALID_INPUT, new String[] {"Invalid input", "Dati non validi"},
            ErrorCategory.ACCESS_DENIED, new String[] {"Access denied", "Accesso negato"},
            ErrorCategory.NOT_FOUND, new String[] {"Not found", "Non trovato"},
            ErrorCategory.CONFLICT, new String[] {"Conflict", "Conflitto"},
            ErrorCategory.RULE_VIOLATION, new String[] {"Not allowed", "Operazione non consentita"},
            ErrorCategory.ADAPTER_FAILURE, new String[] {"Service unavailable", "Servizio non disponibile"});

    private static String title(ErrorCategory category, Locale locale) {
        return TITLES.get(category)["it".equals(locale.getLanguage()) ? 1 : 0];
    }

    private static String withoutCode(ErrorCode code, String message) {
        String prefix = code.name() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** The single violation of a field error, with the message in the requested language. */
    private static Violation localised(Violation violation, String detail) {
        return new Violation(violation.field(), violation.rule(), detail);
    }
}
