package dev.sportello.notifications.spi;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.SkipReason;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.notifications.StatusChange;
import dev.sportello.spi.Required;

import java.time.Instant;
import java.util.List;

/**
 * A message as stored: its decision, status and history. The content travels in the outbox entry with
 * the same id and is dropped after delivery.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class MessageRecord {
    private record Fields(MessageId id, UserId recipient, Channel channel, MessageKind kind,
                          Language language, Purpose purpose, MessageStatus status, SkipReason skipReason,
                          String destination, int smsSegments, SmsEncoding smsEncoding, Instant dueAt,
                          String providerId, int attempts, List<StatusChange> history, Instant createdAt,
                          Instant updatedAt) {
    }

    private final Fields f;

    private MessageRecord(Fields f) {
        this.f = f;
    }

    /** A builder with every field unset; not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's fields, to derive a changed copy; not thread-safe. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = f.id;
        b.recipient = f.recipient;
        b.channel = f.channel;
        b.kind = f.kind;
        b.language = f.language;
        b.purpose = f.purpose;
        b.status = f.status;
        b.skipReason = f.skipReason;
        b.destination = f.destination;
        b.smsSegments = f.smsSegments;
        b.smsEncoding = f.smsEncoding;
        b.dueAt = f.dueAt;
        b.providerId = f.providerId;
        b.attempts = f.attempts;
        b.history = f.history;
        b.createdAt = f.createdAt;
        b.updatedAt = f.updatedAt;
        return b;
    }

    /** The id, equal to its outbox entry's id; never null. */
    public MessageId id() { return f.id; }

    /** The user; never null. */
    public UserId recipient() { return f.recipient; }

    /** The channel; never null. */
    public Channel channel() { return f.channel; }

    /** The kind; never null. */
    public MessageKind kind() { return f.kind; }

    /** The language it was rendered in; never null. */
    public Language language() { return f.language; }

    /** The purpose, which decided the consent rules; never null. */
    public Purpose purpose() { return f.purpose; }

    /** The status; never null. */
    public MessageStatus status() { return f.status; }

    /** Why it was skipped; may be null. */
    public SkipReason skipReason() { return f.skipReason; }

    /** The masked destination; may be null. */
    public String destination() { return f.destination; }

    /** The SMS parts, 0 for other channels. */
    public int smsSegments() { return f.smsSegments; }

    /** The SMS alphabet; may be null. */
    public SmsEncoding smsEncoding() { return f.smsEncoding; }

    /** When it is due; never null. */
    public Instant dueAt() { return f.dueAt; }

    /** The provider's id of the message; may be null. */
    public String providerId() { return f.providerId; }

    /** The delivery attempts so far. */
    public int attempts() { return f.attempts; }

    /** The status changes, oldest first; never null, immutable. */
    public List<StatusChange> history() { return f.history; }

    /** When it was created; never null. */
    public Instant createdAt() { return f.createdAt; }

    /** When it last changed; never null. */
    public Instant updatedAt() { return f.updatedAt; }

    @Override
    public boolean equals(Object other) {
        return other instanceof MessageRecord o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "MessageRecord" + f.toString().substring("Fields".length());
    }

    /** Collects the fields of a {@link MessageRecord}; not thread-safe. */
    public static final class Builder {
        private MessageId id;
        private UserId recipient;
        private Channel channel;
        private MessageKind kind;
        private Language language;
        private Purpose purpose;
        private MessageStatus status;
        private SkipReason skipReason;
        private String destination;
        private int smsSegments;
        private SmsEncoding smsEncoding;
        private Instant dueAt;
        private String providerId;
        private int attempts;
        private List<StatusChange> history = List.of();
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {
        }

        /** Sets {@link MessageRecord#id()} (not null); returns this builder. */
        public Builder id(MessageId value) { this.id = value; return this; }

        /** Sets {@link MessageRecord#recipient()} (not null); returns this builder. */
        public Builder recipient(UserId value) { this.recipient = value; return this; }

        /** Sets {@link MessageRecord#channel()} (not null); returns this builder. */
        public Builder channel(Channel value) { this.channel = value; return this; }

        /** Sets {@link MessageRecord#kind()} (not null); returns this builder. */
        public Builder kind(MessageKind value) { this.kind = value; return this; }

        /** Sets {@link MessageRecord#language()} (not null); returns this builder. */
        public Builder language(Language value) { this.language = value; return this; }

        /** Sets {@link MessageRecord#purpose()} (not null); returns this builder. */
        public Builder purpose(Purpose value) { this.purpose = value; return this; }

        /** Sets {@link MessageRecord#status()} (not null); returns this builder. */
        public Builder status(MessageStatus value) { this.status = value; return this; }

        /** Sets {@link MessageRecord#skipReason()} (or null); returns this builder. */
        public Builder skipReason(SkipReason value) { this.skipReason = value; return this; }

        /** Sets {@link MessageRecord#destination()} (or null); returns this builder. */
        public Builder destination(String value) { this.destination = value; return this; }

        /** Sets {@link MessageRecord#smsSegments()}; returns this builder. */
        public Builder smsSegments(int value) { this.smsSegments = value; return this; }

        /** Sets {@link MessageRecord#smsEncoding()} (or null); returns this builder. */
        public Builder smsEncoding(SmsEncoding value) { this.smsEncoding = value; return this; }

        /** Sets {@link MessageRecord#dueAt()} (not null); returns this builder. */
        public Builder dueAt(Instant value) { this.dueAt = value; return this; }

        /** Sets {@link MessageRecord#providerId()} (or null); returns this builder. */
        public Builder providerId(String value) { this.providerId = value; return this; }

        /** Sets {@link MessageRecord#attempts()}; returns this builder. */
        public Builder attempts(int value) { this.attempts = value; return this; }

        /** Sets {@link MessageRecord#history()} (not null); returns this builder. */
        public Builder history(List<StatusChange> value) { this.history = value; return this; }

        /** Sets {@link MessageRecord#createdAt()} (not null); returns this builder. */
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }

        /** Sets {@link MessageRecord#updatedAt()} (not null); returns this builder. */
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }

        /**
         * The object.
         *
         * @return the MessageRecord
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public MessageRecord build() {
            Required.value(id, "MessageRecord", "id");
            Required.value(recipient, "MessageRecord", "recipient");
            Required.value(channel, "MessageRecord", "channel");
            Required.value(kind, "MessageRecord", "kind");
            Required.value(language, "MessageRecord", "language");
            Required.value(purpose, "MessageRecord", "purpose");
            Required.value(status, "MessageRecord", "status");
            Required.value(dueAt, "MessageRecord", "dueAt");
            Required.value(createdAt, "MessageRecord", "createdAt");
            Required.value(updatedAt, "MessageRecord", "updatedAt");
            return new MessageRecord(new Fields(id, recipient, channel, kind, language, purpose, status, skipReason, destination,
                    smsSegments, smsEncoding, dueAt, providerId, attempts,
                    Required.list(history, "MessageRecord", "history"), createdAt, updatedAt));
        }
    }
}
