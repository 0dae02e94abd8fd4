package dev.sportello;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Root of every error the SDK raises. Each error has a stable machine-readable {@link #code()},
 * a message in English ({@link #getMessage()}) or Italian ({@link #message(Locale)}), and structured
 * details: the parameters of the message and, for invalid input, one {@link Violation} per field.
 *
 * <p>Callers switch on {@link #code()} (stable across releases) or on the subtype (one per
 * {@link ErrorCategory}). Messages never contain personal data: parameters are ids, field names and
 * limits, never tax codes, phone numbers or e-mail addresses.
 *
 * <p>Instances are immutable once thrown and safe to share between threads.
 */
public abstract sealed class SportelloException extends RuntimeException
        permits InvalidInputException, NotFoundException, AccessDeniedException,
                RuleViolationException, ConflictException, AdapterFailureException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Map<String, String> details;
    private final transient List<Violation> violations;

    SportelloException(ErrorCode code, Map<String, String> details, List<Violation> violations, Throwable cause) {
        super(ErrorMessages.render(Arguments.required(code, "SportelloException", "code"), details, violations, Locale.ENGLISH), cause);
        if (code.category() != category()) {
            throw new IllegalArgumentException(code + " is a " + code.category() + " code, not " + category());
        }
        this.code = code;
        this.details = Map.copyOf(details);
        this.violations = List.copyOf(violations);
    }

    /**
     * Builds the exception subtype that matches the code's category.
     *
     * @param code    the code, not null
     * @param details message parameters (ids, field names, limits; never personal data), not null
     * @return the exception, to be thrown by the caller
     */
    public static SportelloException of(ErrorCode code, Map<String, String> details) {
        return of(code, details, List.of(), null);
    }

    /**
     * Builds the exception subtype that matches the code's category.
     *
     * @param code       the code, not null
     * @param details    message parameters, not null
     * @param violations per-field reasons, not null
     * @param cause      the underlying failure, or null
     * @return the exception, to be thrown by the caller
     */
    public static SportelloException of(ErrorCode code, Map<String, String> details, List<Violation> violations,
                                        Throwable cause) {
        return switch (code.category()) {
            case INVALID_INPUT -> new InvalidInputException(code, details, violations, cause);
            case NOT_FOUND -> new NotFoundException(code, details, violations, cause);
            case ACCESS_DENIED -> new AccessDeniedException(code, details, violations, cause);
            case RULE_VIOLATION -> new RuleViolationException(code, details, violations, cause);
            case CONFLICT -> new ConflictException(code, details, violations, cause);
            case ADAPTER_FAILURE -> new AdapterFailureException(code, details, violations, cause);
        };
    }

    /**
     * Builds an {@link InvalidInputException} for one field, with a {@link Violation} that names the
     * field and the rule (the code) and carries the English message.
     *
     * @param code   an {@link ErrorCategory#INVALID_INPUT} code, not null
     * @param field  the offending field, not null
     * @param params further message parameters, not null
     * @return the exception, to be thrown by the caller
     */
    public static InvalidInputException invalidField(ErrorCode code, String field, Map<String, String> params) {
        Map<String, String> details = new java.util.LinkedHashMap<>(params);
        details.put("field", field);
        String text = ErrorMessages.fill(ErrorMessages.template(code, Locale.ENGLISH), details);
        return new InvalidInputException(code, details, List.of(new Violation(field, code.name(), text)), null);
    }

    /** The stable code, e.g. {@code USR_TAX_CODE_CHECK_CHARACTER}; never null. */
    public ErrorCode code() {
        return code;
    }

    /** The family of this error; equals {@code code().category()}. */
    public abstract ErrorCategory category();

    /** Parameters of the message (for example {@code field}, {@code max}); never null, immutable. */
    public Map<String, String> details() {
        return details;
    }

    /** One entry per rejected field; empty unless the input was invalid. Never null, immutable. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * The message in the given language: Italian for {@code it}, English otherwise.
     *
     * @param locale the wanted language, not null
     * @return the rendered message, never null
     */
    public String message(Locale locale) {
        return ErrorMessages.render(code, details, violations, locale);
    }

    @Override
    public String getLocalizedMessage() {
        return message(Locale.getDefault());
    }
}
