package dev.sportello.offices.spi;

import dev.sportello.offices.Closure;
import dev.sportello.offices.OfficeCode;

import java.time.LocalDate;
import java.util.List;

/**
 * Ad-hoc office closures. Part of a transaction; not thread-safe.
 */
public interface ClosureStore {
    /**
     * Adds a closure.
     *
     * @param closure the closure, not null
     * @throws dev.sportello.ConflictException ({@code OFF_ALREADY_CLOSED}) if the office is already closed that day
     */
    void add(Closure closure);

    /**
     * Closures of an office between two days, inclusive, by date.
     *
     * @param office the office, not null
     * @param from   first day, not null
     * @param to     last day, not null
     * @return the closures
     */
    List<Closure> between(OfficeCode office, LocalDate from, LocalDate to);
}
