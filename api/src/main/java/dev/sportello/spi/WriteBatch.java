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

    private static final WriteBatch EMPTY = new WriteBatch(List.of());
    private final List<Part<?>> parts;

    private WriteBatch(List<Part<?>> parts) {
        this.parts = List.copyOf(parts);
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

    /** Whether there is nothing to write. */
    public boolean isEmpty() {
        return parts.stream().allMatch(p -> p.records().isEmpty());
    }

    /** Collects appends by store; not thread-safe. */
    public static final class Builder {
        private final Map<Class<?>, List<Object>> byStore = new LinkedHashMap<>();

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

        /** Whether nothing was added. */
        public boolean isEmpty() {
            return byStore.values().stream().allMatch(List::isEmpty);
        }

        /** Forgets everything added. */
        public void clear() {
            byStore.clear();
        }

        /** The batch of what was added. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public WriteBatch build() {
            if (isEmpty()) {
                return EMPTY;
            }
            List<Part<?>> parts = new ArrayList<>();
            byStore.forEach((store, records) -> parts.add(new Part(store, records)));
            return new WriteBatch(parts);
        }
    }
}
