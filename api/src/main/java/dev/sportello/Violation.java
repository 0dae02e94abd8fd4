package dev.sportello;


/**
 * One reason why an input was rejected: the field (a property path such as {@code fields.period}),
 * the rule it broke (a constraint or error-code name) and a human-readable message.
 *
 * <p>Immutable and thread-safe. No component is null.
 *
 * @param field   property path of the offending value, never null (empty for the whole object)
 * @param rule    the broken rule, e.g. {@code NotBlank} or {@code TAX_CODE_CHECK_CHARACTER}
 * @param message a message for humans, in the language the error was built with
 */
public record Violation(String field, String rule, String message) {
    /** Checks that no component is null. */
    public Violation {
        Arguments.required(field, "Violation", "field");
        Arguments.required(rule, "Violation", "rule");
        Arguments.required(message, "Violation", "message");
    }
}
