package dev.sportello.users.spi;

import dev.sportello.UserId;
import dev.sportello.users.ConsentEvent;

import java.util.List;

/**
 * Append-only consent history. Part of a transaction; not thread-safe.
 */
public interface ConsentStore {
    /**
     * Appends an event.
     *
     * @param event the event, not null
     */
    void append(ConsentEvent event);

    /**
     * The history of a user, oldest first (ties kept in insertion order).
     *
     * @param user the user, not null
     * @return the events, never null
     */
    List<ConsentEvent> history(UserId user);
}
