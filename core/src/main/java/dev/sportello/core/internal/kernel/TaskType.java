package dev.sportello.core.internal.kernel;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The type of a task the SDK schedules for itself through the outbox: its stable name (persisted with
 * the entry) and how its payload is written as flat attributes and read back.
 *
 * @param name    the stable name, e.g. {@code appointment.no-show}
 * @param encoder writes a payload
 * @param decoder reads a payload back
 * @param <P>     the payload type
 *
 * <p>Immutable and thread-safe.
 */
public record TaskType<P>(String name, Function<P, Map<String, String>> encoder, Function<Map<String, String>, P> decoder) {
    /** Checks the components. */
    public TaskType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(encoder, "encoder");
        Objects.requireNonNull(decoder, "decoder");
    }

    /**
     * A task whose payload is one id.
     *
     * @param name   the name
     * @param key    the attribute holding the id
     * @param parse  reads the id
     * @param <P>    the id type
     * @return the type
     */
    public static <P> TaskType<P> ofId(String name, String key, Function<String, P> parse) {
        return new TaskType<>(name, id -> Map.of(key, id.toString()), map -> parse.apply(map.get(key)));
    }

    Map<String, String> encode(P payload) {
        return encoder.apply(payload);
    }

    /**
     * Reads a payload.
     *
     * @param payload the entry's attributes
     * @return the payload
     */
    public P decode(Map<String, String> payload) {
        return decoder.apply(payload);
    }
}
