package dev.sportello.spi;

/**
 * Work done inside one transaction of a {@link UnitOfWork}.
 *
 * <p>Implementations may be called more than once (the unit of work may re-run them) and must not share
 * mutable state between runs; the stores they receive must not be used outside the call.
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
