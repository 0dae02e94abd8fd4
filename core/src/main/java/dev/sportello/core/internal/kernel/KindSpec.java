package dev.sportello.core.internal.kernel;

import dev.sportello.Channel;
import dev.sportello.notifications.MessageKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a message kind needs: the channels it has templates for and the placeholders they may use.
 *
 * @param kind         the kind
 * @param channels     the channels that must have an Italian template
 * @param placeholders the declared placeholders, by name
 *
 * <p>Immutable and thread-safe.
 */
public record KindSpec(MessageKind kind, Set<Channel> channels, Map<String, Placeholder> placeholders) {
    /** Copies the collections. */
    public KindSpec {
        channels = Set.copyOf(channels);
        placeholders = Map.copyOf(placeholders);
    }

    /**
     * A spec from a list of placeholders.
     *
     * @param kind         the kind
     * @param channels     the channels
     * @param placeholders the placeholders
     * @return the spec
     */
    public static KindSpec of(MessageKind kind, Set<Channel> channels, List<Placeholder> placeholders) {
        Map<String, Placeholder> byName = new LinkedHashMap<>();
        placeholders.forEach(p -> byName.put(p.name(), p));
        return new KindSpec(kind, channels, byName);
    }
}
