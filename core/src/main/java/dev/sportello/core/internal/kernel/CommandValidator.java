package dev.sportello.core.internal.kernel;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Bean Validation of commands at the use-case boundary, with Hibernate Validator's parameter
 * interpolator (no expression language), plus {@link CommandSanity}'s checks of text and time ranges.
 * Violations become one {@link ErrorCode#VALIDATION_FAILED} error listing every field; malformed text
 * is {@link ErrorCode#TEXT_MALFORMED}.
 *
 * <p>Thread-safe.
 */
public final class CommandValidator implements AutoCloseable {
    private final ValidatorFactory factory;
    private final Validator validator;

    /** Boots Hibernate Validator. */
    public CommandValidator() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    /**
     * Validates a command.
     *
     * @param command the command; null is reported as a violation of the whole command
     * @param name    the name of the command for the message
     */
    public void validate(Object command, String name) {
        if (command == null) {
            throw SportelloException.of(ErrorCode.VALIDATION_FAILED, Map.of("command", name), List.of(
                    new Violation("", "NotNull", "must not be null")), null);
        }
        List<Violation> ranges = CommandSanity.check(command);
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (!violations.isEmpty() || !ranges.isEmpty()) {
            List<Violation> list = Stream.concat(ranges.stream(), violations.stream()
                            .map(v -> new Violation(v.getPropertyPath().toString(),
                                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                                    message(v))))
                    .distinct()
                    .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::rule))
                    .toList();
            throw SportelloException.of(ErrorCode.VALIDATION_FAILED, Map.of("command", name), list, null);
        }
    }

    /**
     * A message that says what the field needs, in the words of a form: "required", "at most 200
     * characters", "required, at most 200 characters" — not "size must be between 0 and 200".
     */
    private String message(ConstraintViolation<Object> v) {
        String rule = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
        return switch (rule) {
            case "NotNull" -> "required";
            case "NotBlank" -> "required, must not be blank";
            case "NotEmpty" -> "required, must not be empty";
            case "Size" -> (required(v) ? "required, " : "") + size(v.getInvalidValue(),
                    ((Number) attributes.get("min")).intValue(), ((Number) attributes.get("max")).intValue());
            default -> v.getMessage();
        };
    }

    private static String size(Object value, int min, int max) {
        String unit = value instanceof CharSequence ? "characters" : "items";
        if (min <= 0) {
            return "at most " + max + " " + unit;
        }
        if (max == Integer.MAX_VALUE) {
            return "at least " + min + " " + unit;
        }
        return min + " to " + max + " " + unit;
    }

    /** Whether the violated property also carries a constraint that makes it required. */
    private boolean required(ConstraintViolation<Object> v) {
        Object leaf = v.getLeafBean();
        String property = null;
        for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
            property = node.getName();
        }
        if (leaf == null || property == null) {
            return false;
        }
        var descriptor = validator.getConstraintsForClass(leaf.getClass()).getConstraintsForProperty(property);
        return descriptor != null && descriptor.getConstraintDescriptors().stream()
                .map(d -> d.getAnnotation().annotationType().getSimpleName())
                .anyMatch(n -> n.equals("NotNull") || n.equals("NotBlank") || n.equals("NotEmpty"));
    }

    @Override
    public void close() {
        factory.close();
    }
}
