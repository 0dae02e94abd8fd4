package dev.sportello.spi;

import dev.sportello.Arguments;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a storage adapter provides, by store type: one factory per store interface, each creating the
 * store over the adapter's own transaction context (a JDBC connection, an in-memory transaction). In the
 * spirit of Jdbi's configuration registry: adding an area adds one line per store here and changes no
 * shared SPI type.
 *
 * <pre>{@code
 * static final StoreRegistry<Db> STORES = StoreRegistry.<Db>builder()
 *         .add(UserStore.class, JdbcUserStore::new)
 *         .add(OutboxStore.class, JdbcOutboxStore::new)
 *         .build();
 * ...
 * public Set<Class<?>> storeTypes() { return STORES.types(); }
 * ... work.run(STORES.stores(db)) ...
 * }</pre>
 *
 * <p>Immutable and thread-safe; the {@link Stores} it opens are not (one transaction, one thread).
 *
 * @param <C> the adapter's transaction context
 */
public final class StoreRegistry<C> {
    private final Map<Class<?>, Function<? super C, ?>> factories;

    private StoreRegistry(Map<Class<?>, Function<? super C, ?>> factories) {
        this.factories = Map.copyOf(factories);
    }

    /**
     * A builder; not thread-safe.
     *
     * @param <C> the adapter's transaction context
     * @return the builder
     */
    public static <C> Builder<C> builder() {
        return new Builder<>();
    }

    /** The store interfaces provided; never null, immutable. */
    public Set<Class<?>> types() {
        return factories.keySet();
    }

    /**
     * Creates a store over a transaction context.
     *
     * @param type    the store interface, not null
     * @param context the transaction context, not null
     * @param <S>     the store type
     * @return the store
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_STORE_MISSING} if none is registered
     */
    public <S> S create(Class<S> type, C context) {
        Function<? super C, ?> factory = factories.get(Arguments.required(type, "StoreRegistry", "type"));
        if (factory == null) {
            throw Stores.missing(type);
        }
        return type.cast(factory.apply(context));
    }

    /**
     * The stores of one transaction: each store is created on first use and kept for the transaction;
     * {@link Stores#flush} is the default one.
     *
     * @param context the transaction context, not null
     * @return the stores
     */
    public Stores stores(C context) {
        Arguments.required(context, "StoreRegistry", "context");
        Map<Class<?>, Object> open = new HashMap<>();
        return new Stores() {
            @Override
            public <S> S get(Class<S> type) {
                Object store = open.get(type);
                if (store == null) {
                    store = create(type, context);
                    open.put(type, store);
                }
                return type.cast(store);
            }
        };
    }

    /**
     * Collects the factories; not thread-safe.
     *
     * @param <C> the adapter's transaction context
     */
    public static final class Builder<C> {
        private final Map<Class<?>, Function<? super C, ?>> factories = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Registers the factory of a store interface.
         *
         * @param type    the store interface, not null
         * @param factory creates the store over a transaction context, not null
         * @param <S>     the store type
         * @return this builder
         * @throws IllegalStateException if the type is registered already (an adapter's programming error)
         */
        public <S> Builder<C> add(Class<S> type, Function<? super C, ? extends S> factory) {
            Arguments.required(type, "Builder", "type");
            Arguments.required(factory, "Builder", "factory");
            if (!type.isInterface()) {
                throw Arguments.invalid("StoreRegistry", "type", type.getName() + " is not a store interface");
            }
            if (factories.putIfAbsent(type, factory) != null) {
                throw Arguments.invalid("StoreRegistry", "type", type.getName() + " is registered twice");
            }
            return this;
        }

        /** The registry. */
        public StoreRegistry<C> build() {
            return new StoreRegistry<>(factories);
        }
    }
}
