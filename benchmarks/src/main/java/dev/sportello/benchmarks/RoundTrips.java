package dev.sportello.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;

/**
 * Counts database round trips through a data source: every statement prepared or created (the SDK's
 * JDBC adapter and the raw baselines execute each statement they prepare once, and the PostgreSQL
 * driver sends one execution in one round trip, however many statements its text holds) and every
 * commit or rollback. A transaction's {@code BEGIN} travels with its first statement and is not counted
 * apart. Only connections are wrapped, not statements, so the count costs a few calls per transaction
 * and the same for the SDK and the baselines.
 *
 * <p>Thread-safe.
 */
final class RoundTrips {
    private static final Set<String> TRIPS = Set.of("prepareStatement", "prepareCall", "createStatement", "commit",
            "rollback");
    private final LongAdder trips = new LongAdder();

    /** Round trips since the last {@link #reset}. */
    long count() {
        return trips.sum();
    }

    void reset() {
        trips.reset();
    }

    /**
     * A data source whose connections count their round trips here.
     *
     * @param dataSource the pool
     * @return the counting data source
     */
    DataSource counting(DataSource dataSource) {
        return proxy(DataSource.class, dataSource, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection c ? proxy(Connection.class, c, this::connection) : result;
        });
    }

    private Object connection(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        if (TRIPS.contains(method.getName())) {
            trips.increment();
        }
        return invoke(target, method, args);
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, h));
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
