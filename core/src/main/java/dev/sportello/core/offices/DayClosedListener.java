package dev.sportello.core.offices;

import dev.sportello.core.kernel.Tx;
import dev.sportello.offices.Closure;

/** Reacts, in the same transaction, to an office closing on a day (appointments cancel their bookings). */
@FunctionalInterface
public interface DayClosedListener {
    /**
     * Called after the closure is stored.
     *
     * @param tx      the command's transaction
     * @param closure the closure
     */
    void dayClosed(Tx tx, Closure closure);
}
