package dev.sportello.tck;

import dev.sportello.spi.Stores;
import dev.sportello.spi.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;

import java.util.function.Function;

/**
 * Base of every contract: the adapter under test supplies an empty storage for each test.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class StorageContract {
    /** The storage of the current test. */
    protected UnitOfWork storage;

    /**
     * An empty storage (a new in-memory storage, or a database with its tables emptied).
     *
     * @return the storage
     */
    protected abstract UnitOfWork freshStorage();

    @BeforeEach
    void createStorage() {
        storage = freshStorage();
    }

    /**
     * Runs work in one transaction of the storage under test.
     *
     * @param work the work
     * @param <T>  the result type
     * @return the result
     */
    protected <T> T tx(Function<Stores, T> work) {
        return storage.inTransaction(work::apply);
    }
}
