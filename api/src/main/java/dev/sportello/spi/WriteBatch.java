package dev.sportello.spi;

import dev.sportello.Arguments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The appends a command buffers until its end, grouped by the store that takes them and kept in the
 * order the groups were first used, written by {@link Stores#flush} just before commit. A storage may
 * write them all at once (the JDBC adapter does, in one statement on PostgreSQL).
 *
 * <p>Since SPI 1.1 a batch also carries what {@link Stores#flushAll} writes after the appends: the audit
 * heads the command creates ({@link #newHeads()}, streams of objects it has just created) or moves
 * ({@link #movedHeads()}, streams whose heads it locked), and then its bounded increments
 * ({@link #increments()}, in order; a booking's seat counter is the last, so that a database holds the
 * hot row's lock only for the commit). {@link Stores#flush} writes the appends only.
 *
 * <p>Immutable and thread-safe.
 */
public final class WriteBatch {
    /**
     * The appends for one store.
     *
     * @param store   the store interface, not null
     * @param records what to append, in order, not null
     * @param <R>     the record type
     */
    public record Part<R>(Class<? extends AppendingStore<R>> store, List<R> records) {
        /** Checks and copies the components. */
        public Part {
            Arguments.required(store, "Part", "store");
            records = Arguments.list(records, "Part", "records");
        }
    }

    /**
     * A bounded increment ({@link CounterStore#tryIncrement}) written after the appends.
     *
     * @param key   the counter, not null
     * @param limit the bound
     * @since 1.1
     */
    public record Increment(CounterKey key, long limit) {
        /** Checks the key. */
        public Increment {
            Arguments.required(key, "Increment", "key");
        }
    }

    private static final WriteBatch EMPTY = new WriteBatch(List.of(), Map.of(), Map.of(), List.of());
    private final List<Part<?>> parts;
    private final Map<AuditStore.Stream, String> newHeads;
    private final Map<AuditStore.Stream, String> movedHeads;
    private final List<Increment> increments;

    private WriteBatch(List<Part<?>> parts, Map<AuditStore.Stream, String> newHeads,
                       Map<AuditStore.Stream, String> movedHeads, List<Increment> increments) {
        this.parts = List.copyOf(parts);
        this.newHeads = newHeads.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(newHeads));
        this.movedHeads = movedHeads.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(movedHeads));
        this.increments = List.copyOf(increments);
    }

    /** A batch with nothing to write. */
    public static WriteBatch empty() {
        return EMPTY;
    }

    /** A builder; not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** The parts, in order; never null. */
    public List<Part<?>> parts() {
        return parts;
    }

    /**
     * The records for one store.
     *
     * @param store the store interface, not null
     * @param <R>   the record type
     * @return the records, empty if there are none
     */
    @SuppressWarnings("unchecked")
    public <R> List<R> records(Class<? extends AppendingStore<R>> store) {
        for (Part<?> part : parts) {
            if (part.store().equals(store)) {
                return (List<R>) part.records();
            }
        }
        return List.of();
    }

    /**
     * The audit heads to create: streams of objects the command has just created, each with the hash of
     * its first entries' last one; a stream that has a head already is a conflict.
     *
     * @return stream → new head, in order; never null, empty unless {@link Stores#flushAll} is used
     * @since 1.1
     */
    public Map<AuditStore.Stream, String> newHeads() {
        return newHeads;
    }

    /**
     * The audit heads to move: streams whose heads the command locked ({@link AuditStore#lockHeads}).
     *
     * @return stream → new head, in order; never null
     * @since 1.1
     */
    public Map<AuditStore.Stream, String> movedHeads() {
        return movedHeads;
    }

    /**
     * The bounded increments, in order, written after everything else.
     *
     * @return the increments; never null
     * @since 1.1
     */
    public List<Increment> increments() {
        return increments;
    }

    /**
     * The same appends without heads and increments: what {@link Stores#flush} takes.
     *
     * @return the appends only
     * @since 1.1
     */
    public WriteBatch appendsOnly() {
        return newHeads.isEmpty() && movedHeads.isEmpty() && increments.isEmpty() ? this
                : new WriteBatch(parts, Map.of(), Map.of(), List.of());
    }

    /** Whether there is nothing to write. */
    public boolean isEmpty() {
        return parts.stream().allMatch(p -> p.records().isEmpty()) && newHeads.isEmpty() && movedHeads.isEmpty()
                && increments.isEmpty();
    }

    /** Collects appends by store; not thread-safe. */
    public static final class Builder {
        private final Map<Class<?>, List<Object>> byStore = new LinkedHashMap<>();
        private final Map<AuditStore.Stream, String> newHeads = new LinkedHashMap<>();
        private final Map<AuditStore.Stream, String> movedHeads = new LinkedHashMap<>();
        private final List<Increment> increments = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds one record for a store.
         *
         * @param store  the store interface, not null
         * @param record the record, not null
         * @param <R>    the record type
         * @return this builder
         */
        public <R> Builder add(Class<? extends AppendingStore<R>> store, R record) {
            byStore.computeIfAbsent(Arguments.required(store, "WriteBatch", "store"), s -> new ArrayList<>())
                    .add(Arguments.required(record, "WriteBatch", "record"));
            return this;
        }

        /**
         * Adds records for a store.
         *
         * @param store   the store interface, not null
         * @param records the records, not null
         * @param <R>     the record type
         * @return this builder
         */
        public <R> Builder addAll(Class<? extends AppendingStore<R>> store, List<? extends R> records) {
            Arguments.required(records, "WriteBatch", "records").forEach(r -> add(store, r));
            return this;
        }

        /**
         * Creates the head of a new object's audit stream.
         *
         * @param stream the stream, not null
         * @param hash   its head, not null
         * @return this builder
         * @since 1.1
         */
        public Builder newHead(AuditStore.Stream stream, String hash) {
            newHeads.put(Arguments.required(stream, "WriteBatch", "stream"), Arguments.required(hash, "WriteBatch", "hash"));
            return this;
        }

        /**
         * Moves the head of a locked audit stream.
         *
         * @param stream the stream, not null
         * @param hash   its new head, not null
         * @return this builder
         * @since 1.1
         */
        public Builder movedHead(AuditStore.Stream stream, String hash) {
            movedHeads.put(Arguments.required(stream, "WriteBatch", "stream"), Arguments.required(hash, "WriteBatch", "hash"));
            return this;
        }

        /**
         * Adds a bounded increment, written after the appends and the heads, in the order added.
         *
         * @param key   the counter, not null
         * @param limit the bound
         * @return this builder
         * @since 1.1
         */
        public Builder increment(CounterKey key, long limit) {
            increments.add(new Increment(key, limit));
            return this;
        }

        /** Whether nothing was added. */
        public boolean isEmpty() {
            return byStore.values().stream().allMatch(List::isEmpty) && newHeads.isEmpty() && movedHeads.isEmpty()
                    && increments.isEmpty();
        }

        /** Forgets everything added. */
        public void clear() {
            byStore.clear();
            newHeads.clear();
            movedHeads.clear();
            increments.clear();
        }

        /** The batch of what was added. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public WriteBatch build() {
            if (isEmpty()) {
                return EMPTY;
            }
            List<Part<?>> parts = new ArrayList<>();
            byStore.forEach((store, records) -> {
                if (!records.isEmpty()) {
                    parts.add(new Part(store, records));
                }
            });
            return new WriteBatch(parts, newHeads, movedHeads, increments);
        }
    }
}
