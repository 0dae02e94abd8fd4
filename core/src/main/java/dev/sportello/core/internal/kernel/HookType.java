package dev.sportello.core.internal.kernel;

import java.util.Objects;

/**
 * Something that happens inside a command that other areas react to in the same transaction (a day
 * closure cancels that day's appointments).
 *
 * @param name what happens, for messages
 * @param <E>  what the hook carries
 *
 * <p>Immutable and thread-safe.
 */
public record HookType<E>(String name) {
    /** Checks the name. */
    public HookType {
        Objects.requireNonNull(name, "name");
    }
}
