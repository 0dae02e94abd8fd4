package dev.sportello.spi;

/**
 * Work done inside one transaction of a {@link UnitOfWork}.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface TransactionalWork<T> {
    /**
     * Does the work.
     *
     * @param stores the stores bound to this transaction; do not use them after returning
     * @return the result, may be null
     */
    T run(Stores stores);
}
