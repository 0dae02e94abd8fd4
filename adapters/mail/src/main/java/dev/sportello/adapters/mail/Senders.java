package dev.sportello.adapters.mail;

import dev.sportello.notifications.MessageKind;

import java.util.Map;

/**
 * The default sender and the senders chosen by message kind.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fallback the sender of a message without a kind or of a kind not listed, not null
 * @param byKind   senders by kind, not null (copied)
 */
record Senders(SenderIdentity fallback, Map<MessageKind, SenderIdentity> byKind) {
    Senders {
        byKind = Map.copyOf(byKind);
    }

    /**
     * The sender for a kind.
     *
     * @param kind the message's kind, may be null
     * @return the sender, never null
     */
    SenderIdentity forKind(MessageKind kind) {
        return kind == null ? fallback : byKind.getOrDefault(kind, fallback);
    }
}
