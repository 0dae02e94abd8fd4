package dev.sportello.users.spi;

import dev.sportello.UserId;
import dev.sportello.users.ConsentEvent;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The histories of several users at once, each oldest first. A store may read them in one statement;
     * the default reads them one by one with {@link #history}.
     *
     * @param users the users, not null
     * @return every given user's history (empty for a user without events)
     * @since 0.1
     */
    default Map<UserId, List<ConsentEvent>> historyAll(Collection<UserId> users) {
        Map<UserId, List<ConsentEvent>> histories = new LinkedHashMap<>();
        for (UserId user : users) {
            histories.put(user, history(user));
        }
        return histories;
    }
}
