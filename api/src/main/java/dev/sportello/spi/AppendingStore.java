package dev.sportello.spi;

import java.util.List;

/**
 * A store that takes appends in bulk: the core buffers a command's appends (inbox notices, message
 * records, audit entries, outbox entries) and hands them over once, at the end of the command, through
 * {@link Stores#flush}. Part of a transaction; not thread-safe.
 *
 * @param <R> the type of what is appended
 */
public interface AppendingStore<R> {
    /**
     * Appends records, in order.
     *
     * @param records the records, not null, possibly empty
     */
    void appendAll(List<R> records);
}
