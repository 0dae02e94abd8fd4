package dev.sportello.notifications.spi;

import dev.sportello.Channel;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageId;
import dev.sportello.spi.AppendingStore;
import dev.sportello.spi.OutboxCompletion;
import dev.sportello.spi.OutboxStore;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Messages with their decision, status and history. Part of a transaction; not thread-safe.
 */
public interface MessageStore extends AppendingStore<MessageRecord> {
    /**
     * Adds messages.
     *
     * @param messages new messages, not null
     */
    @Override
    void appendAll(List<MessageRecord> messages);

    /**
     * Applies status changes, each only if the message is in its expected status (or, with no
     * expected status, in a status that is not final), appending one history entry each.
     *
     * @param transitions the changes, not null
     * @return the ids of the messages that changed
     */
    List<MessageId> transition(List<MessageTransition> transitions);

    /**
     * Records the outcomes of a dispatcher's claimed batch in the current transaction: applies the
     * completions to the outbox as {@link OutboxStore#complete} does (each only while its lease holds),
     * then, as {@link #transition} does, the status changes of those messages whose outbox entry (same id)
     * was completed; the others are left alone. The default does exactly that with the two calls; an
     * adapter may do it in fewer round trips (the JDBC adapter on PostgreSQL: one statement).
     *
     * @param outbox      the outbox store of the same transaction, not null
     * @param completions the outcomes, at most one per entry, not null
     * @param transitions the message status changes, at most one per message, not null
     * @param now         the current time, not null
     * @return the ids of the entries whose completion was applied
     */
    default List<String> completeDeliveries(OutboxStore outbox, List<OutboxCompletion> completions,
                                            List<MessageTransition> transitions, Instant now) {
        List<String> applied = outbox.complete(completions, now);
        if (transitions.isEmpty() || applied.isEmpty()) {
            return applied;
        }
        Set<String> done = new HashSet<>(applied);
        List<MessageTransition> mine = transitions.stream().filter(t -> done.contains(t.id().toString())).toList();
        if (!mine.isEmpty()) {
            transition(mine);
        }
        return applied;
    }

    /**
     * Reads a message.
     *
     * @param id the id, not null
     * @return the message, if any
     */
    Optional<MessageRecord> find(MessageId id);

    /**
     * Finds a message by the id its provider gave it.
     *
     * @param channel    the channel, not null
     * @param providerId the provider's id, not null
     * @return the message, if any
     */
    Optional<MessageRecord> findByProviderId(Channel channel, String providerId);

    /**
     * The messages of a user, newest first.
     *
     * @param recipient the user, not null
     * @param page      the page, not null
     * @return the page
     */
    Page<MessageRecord> forRecipient(UserId recipient, PageRequest page);

    /**
     * The queued messages of a user on a channel (to cancel them after an opt-out).
     *
     * @param recipient the user, not null
     * @param channel   the channel, not null
     * @return the messages
     */
    List<MessageRecord> queued(UserId recipient, Channel channel);
}
