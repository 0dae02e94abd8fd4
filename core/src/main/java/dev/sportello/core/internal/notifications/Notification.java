package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.Urgency;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.users.spi.ContactRecord;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an area asks the notifier to send: a kind with its values, to a recipient, on some channels, for
 * a purpose; optionally later, urgently, cancellable together under a key, with attachments. Built with
 * {@link #to}.
 *
 * <p>Immutable and thread-safe once built (the recipient belongs to its command).
 */
public final class Notification {
    private final Recipient recipient;
    private final MessageKind kind;
    private final Set<Channel> channels;
    private final Map<String, String> values;
    private final Purpose purpose;
    private final Instant dueAt;
    private final Urgency urgency;
    private final String cancelKey;
    private final ContactRecord target;
    private final List<EmailAttachment> attachments;

    private Notification(Builder b) {
        recipient = b.recipient;
        kind = b.kind;
        channels = b.channels;
        values = Map.copyOf(b.values);
        purpose = b.purpose;
        dueAt = b.dueAt;
        urgency = b.urgency;
        cancelKey = b.cancelKey;
        target = b.target;
        attachments = List.copyOf(b.attachments);
    }

    /**
     * A notification of a kind to a recipient: transactional, now, on every channel, not urgent, until
     * the builder says otherwise.
     *
     * @param recipient the recipient, read in the command
     * @param kind      the kind
     * @return the builder
     */
    public static Builder to(Recipient recipient, MessageKind kind) {
        return new Builder(recipient, kind);
    }

    /** The recipient. */
    public Recipient recipient() {
        return recipient;
    }

    /** The kind. */
    public MessageKind kind() {
        return kind;
    }

    /** The channels. */
    public Set<Channel> channels() {
        return channels;
    }

    /** The placeholder values ({@code name} is filled in from the profile if absent). */
    public Map<String, String> values() {
        return values;
    }

    /** The purpose, which decides the consent rules. */
    public Purpose purpose() {
        return purpose;
    }

    /** When to send, or null for now. */
    public Instant dueAt() {
        return dueAt;
    }

    /** Whether SMS may wait for the end of quiet hours. */
    public Urgency urgency() {
        return urgency;
    }

    /** The key to cancel the queued messages together, or null. */
    public String cancelKey() {
        return cancelKey;
    }

    /** For a verification: the contact point being verified; else null. */
    public ContactRecord target() {
        return target;
    }

    /** E-mail attachments. */
    public List<EmailAttachment> attachments() {
        return attachments;
    }

    /** Collects a notification; not thread-safe. */
    public static final class Builder {
        private final Recipient recipient;
        private final MessageKind kind;
        private Set<Channel> channels = Collections.unmodifiableSet(EnumSet.allOf(Channel.class));
        private final Map<String, String> values = new HashMap<>();
        private Purpose purpose = Purpose.TRANSACTIONAL;
        private Instant dueAt;
        private Urgency urgency = Urgency.NORMAL;
        private String cancelKey;
        private ContactRecord target;
        private List<EmailAttachment> attachments = List.of();

        private Builder(Recipient recipient, MessageKind kind) {
            this.recipient = Objects.requireNonNull(recipient, "recipient");
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * The channels.
         *
         * @param value the channels, at least one
         * @return this builder
         */
        public Builder on(Set<Channel> value) {
            EnumSet<Channel> copy = EnumSet.noneOf(Channel.class);
            copy.addAll(value);
            channels = Collections.unmodifiableSet(copy);
            return this;
        }

        /**
         * The channels.
         *
         * @param first  a channel
         * @param others more channels
         * @return this builder
         */
        public Builder on(Channel first, Channel... others) {
            return on(EnumSet.of(first, others));
        }

        /**
         * Placeholder values.
         *
         * @param value names and values
         * @return this builder
         */
        public Builder values(Map<String, String> value) {
            values.putAll(value);
            return this;
        }

        /**
         * One placeholder value.
         *
         * @param name  the placeholder
         * @param value its value
         * @return this builder
         */
        public Builder value(String name, String value) {
            values.put(name, value);
            return this;
        }

        /**
         * Sent on the institution's own initiative: SMS and e-mail need the proactive-services opt-in.
         *
         * @return this builder
         */
        public Builder proactive() {
            purpose = Purpose.PROACTIVE;
            return this;
        }

        /**
         * A one-time code for a contact point being verified: goes to that contact point, whatever the
         * consents.
         *
         * @param contact the contact point
         * @return this builder
         */
        public Builder verifying(ContactRecord contact) {
            purpose = Purpose.VERIFICATION;
            target = Objects.requireNonNull(contact, "contact");
            return this;
        }

        /**
         * Sent at once even in SMS quiet hours (the answer to the user's own action).
         *
         * @return this builder
         */
        public Builder urgent() {
            urgency = Urgency.URGENT;
            return this;
        }

        /**
         * The urgency.
         *
         * @param value the urgency
         * @return this builder
         */
        public Builder urgency(Urgency value) {
            urgency = Objects.requireNonNull(value, "urgency");
            return this;
        }

        /**
         * The purpose (transactional or proactive).
         *
         * @param value the purpose
         * @return this builder
         */
        public Builder purpose(Purpose value) {
            purpose = Objects.requireNonNull(value, "purpose");
            return this;
        }

        /**
         * Due later.
         *
         * @param value when, or null for now
         * @return this builder
         */
        public Builder at(Instant value) {
            dueAt = value;
            return this;
        }

        /**
         * Cancellable together under a key.
         *
         * @param value the key
         * @return this builder
         */
        public Builder cancellableAs(String value) {
            cancelKey = value;
            return this;
        }

        /**
         * E-mail attachments.
         *
         * @param value the attachments
         * @return this builder
         */
        public Builder attachments(List<EmailAttachment> value) {
            attachments = List.copyOf(value);
            return this;
        }

        /** The notification. */
        public Notification build() {
            return new Notification(this);
        }
    }
}
