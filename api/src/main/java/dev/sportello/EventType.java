package dev.sportello;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The type of a domain event: a stable dotted name ({@code request.submitted}) and the attributes its
 * events carry. Each area declares its types as constants, with every attribute documented
 * ({@code dev.sportello.requests.RequestEvents}, …); the core checks at every publication that an event
 * carries exactly the declared attributes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name       lower-case dotted name, e.g. {@code appointment.no-show}, not null
 * @param attributes the names of the attributes, in documentation order, not null
 */
public record EventType(String name, List<String> attributes) {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][A-Za-z0-9]*");

    /**
     * Checks the components.
     *
     * @throws InvalidInputException with {@code CONFIG_INVALID} for a bad name or attribute
     */
    public EventType {
        if (name == null || !NAME.matcher(name).matches()) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "EventType.name",
                    Map.of("reason", "a lower-case dotted name"));
        }
        if (attributes == null || attributes.stream().anyMatch(a -> a == null || !ATTRIBUTE.matcher(a).matches())
                || attributes.stream().distinct().count() != attributes.size()) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "EventType.attributes",
                    Map.of("reason", "distinct camel-case names"));
        }
        attributes = Arguments.list(attributes, "EventType", "attributes");
    }

    /**
     * An event type.
     *
     * @param name       the name
     * @param attributes the attribute names
     * @return the type
     */
    public static EventType of(String name, String... attributes) {
        return new EventType(name, attributes == null ? null : java.util.Arrays.asList(attributes));
    }

    @Override
    public String toString() {
        return name;
    }
}
