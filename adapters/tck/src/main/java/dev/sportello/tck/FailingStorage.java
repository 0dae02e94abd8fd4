package dev.sportello.tck;

import dev.sportello.spi.Stores;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.spi.WriteBatch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wraps a storage so that the N-th write through any of its stores fails: the tool to show that a command
 * is atomic. Every store method is a write unless its name says it reads (see {@link #isRead}), so a new
 * write method of a new store is faulted without changing this class; {@link Stores#flush} and
 * {@link Stores#flushAll} each count as one write and run the adapter's own (which may write several
 * tables in one statement) before failing.
 * Writes are counted across transactions.
 *
 * <p>Thread-safe.
 */
public final class FailingStorage implements UnitOfWork {
    private static final List<String> READS = List.of("find", "for", "get", "list", "search", "between", "history",
            "involving", "of", "on", "queue", "timeline", "unread", "values", "waiting", "waitlist");

    private final UnitOfWork delegate;
    private final AtomicInteger writes = new AtomicInteger();
    private volatile int failAt = -1;
    private volatile Runnable action;

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
     * Whether a store method only reads, by the SPI's naming: reads start with {@code find}, {@code for},
     * {@code get}, {@code list}, {@code search}, {@code between}, {@code history}, {@code involving},
     * {@code of}, {@code on}, {@code queue}, {@code timeline}, {@code unread}, {@code values},
     * {@code waiting} or {@code waitlist}; everything else writes.
     *
     * @param method the method
     * @return true for a read
     */
    public static boolean isRead(Method method) {
        String name = method.getName();
        return READS.stream().anyMatch(prefix -> name.startsWith(prefix)
                && (name.length() == prefix.length() || !Character.isLowerCase(name.charAt(prefix.length()))));
    }

    /**
     * Makes the N-th write from now fail (1-based), or none with {@code n <= 0}.
     *
     * @param n which write
     */
    public void failAtWrite(int n) {
        writes.set(0);
        action = null;
        failAt = n;
    }

    /**
     * Runs an action right after the N-th write from now (1-based) instead of failing it, e.g. one that
     * breaks the database connection under the transaction, so that the adapter's own next statement fails.
     *
     * @param n      which write
     * @param action what to do after it
     */
    public void actAfterWrite(int n, Runnable action) {
        writes.set(0);
        this.action = action;
        failAt = n;
    }

    /** The writes counted since the last {@link #failAtWrite}. */
    public int writes() {
        return writes.get();
    }

    @Override
    public String spiVersion() {
        return delegate.spiVersion();
    }

    @Override
    public Set<Class<?>> storeTypes() {
        return delegate.storeTypes();
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        return delegate.inTransaction(stores -> work.run(new Counting(stores)));
    }

    private void write() {
        int n = writes.incrementAndGet();
        if (n == failAt) {
            Runnable then = action;
            if (then == null) {
                throw new InjectedFailure(n);
            }
            then.run();
        }
    }

    /** The stores of one transaction, each behind a proxy that counts its writes. */
    private final class Counting implements Stores {
        private final Stores stores;

        Counting(Stores stores) {
            this.stores = stores;
        }

        @Override
        public <S> S get(Class<S> type) {
            S store = stores.get(type);
            Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (p, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return method.invoke(store, args);
                }
                try {
                    Object result = method.invoke(store, args);
                    if (!isRead(method)) {
                        write();
                    }
                    return result;
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
            return type.cast(proxy);
        }

        @Override
        public void flush(WriteBatch batch) {
            stores.flush(batch);
            write();
        }

        /** The adapter's own {@link Stores#flushAll} (appends, heads and increments together) counts as one write. */
        @Override
        public int flushAll(WriteBatch batch) {
            int refused = stores.flushAll(batch);
            write();
            return refused;
        }
    }
}
