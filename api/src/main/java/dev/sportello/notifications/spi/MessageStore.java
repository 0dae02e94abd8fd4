package dev.sportello.notifications.spi;

import dev.sportello.Channel;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageId;
import dev.sportello.spi.AppendingStore;

import java.util.List;
import java.util.Optional;

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
