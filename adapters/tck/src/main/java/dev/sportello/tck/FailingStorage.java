package dev.sportello.tck;

import dev.sportello.spi.Stores;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a storage so that the N-th write through any of its stores throws: the tool to show that a
 * command is atomic. Reads pass through; writes are counted across transactions.
 *
 * <p>Thread-safe.
 */
public final class FailingStorage implements UnitOfWork {
    private static final Set<String> WRITES = Set.of("insert", "update", "append", "enqueue", "complete", "redrive",
            "cancel", "cancelEntry", "tryIncrement", "decrement", "next", "add", "transition", "markRead",
            "dropContent", "increment", "claim", "put", "release", "remove", "save", "insertAll", "insertWaitlist",
            "updateWaitlist");

    private final UnitOfWork delegate;
    private final AtomicInteger writes = new AtomicInteger();
    private volatile int failAt = -1;

    /** The failure injected into the N-th write. */
    public static final class InjectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFailure(int n) {
            super("injected failure at write " + n);
        }
    }

    /**
     * Wraps a storage.
     *
     * @param delegate the storage under test
     */
    public FailingStorage(UnitOfWork delegate) {
        this.delegate = delegate;
    }

    /**
     * Makes the N-th write from now fail (1-based), or none with {@code n <= 0}.
     *
     * @param n which write
     */
    public void failAtWrite(int n) {
        writes.set(0);
        failAt = n;
    }

    /** The writes counted since the last {@link #failAtWrite}. */
    public int writes() {
        return writes.get();
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        return delegate.inTransaction(stores -> work.run(wrap(stores)));
    }

    private Stores wrap(Stores stores) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                // e.g. flush: run the interface's own version over the counting stores, so that every append counts
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Object store = method.invoke(stores, args);
            return Proxy.newProxyInstance(method.getReturnType().getClassLoader(), new Class<?>[]{method.getReturnType()},
                    (p, m, a) -> {
                        if (WRITES.contains(m.getName())) {
                            int n = writes.incrementAndGet();
                            if (n == failAt) {
                                throw new InjectedFailure(n);
                            }
                        }
                        try {
                            return m.invoke(store, a);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        };
        return (Stores) Proxy.newProxyInstance(Stores.class.getClassLoader(), new Class<?>[]{Stores.class}, handler);
    }
}
