package dev.sportello.notifications;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.UserId;

import java.time.Instant;
import java.util.Map;

/**
 * A notice in a user's reserved area (R-NOT-1): always delivered (R-NOT-2). A proactive notice carries
 * structured content and expires (R-NOT-4).
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class InboxNotice {
    private record Fields(NoticeId id, UserId recipient, MessageKind kind, String title, String body,
                          ProactiveContent content, Instant createdAt, Instant readAt, Instant expiresAt) {
    }

    private final Fields f;

    private InboxNotice(Fields f) {
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
        b.kind = f.kind;
        b.title = f.title;
        b.body = f.body;
        b.content = f.content;
        b.createdAt = f.createdAt;
        b.readAt = f.readAt;
        b.expiresAt = f.expiresAt;
        return b;
    }

    /** The id; never null. */
    public NoticeId id() { return f.id; }

    /** The user; never null. */
    public UserId recipient() { return f.recipient; }

    /** The kind; never null. */
    public MessageKind kind() { return f.kind; }

    /** The title; never null. */
    public String title() { return f.title; }

    /** The text; never null. */
    public String body() { return f.body; }

    /** The structured content of a proactive notice; may be null. */
    public ProactiveContent content() { return f.content; }

    /** When it was delivered; never null. */
    public Instant createdAt() { return f.createdAt; }

    /** When the user first opened it; may be null. */
    public Instant readAt() { return f.readAt; }

    /** When it leaves the inbox; may be null. */
    public Instant expiresAt() { return f.expiresAt; }

    /** Whether the user has opened it. */
    public boolean read() { return f.readAt != null; }

    @Override
    public boolean equals(Object other) {
        return other instanceof InboxNotice o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "InboxNotice" + f.toString().substring("Fields".length());
    }

    /** Collects the fields of a {@link InboxNotice}; not thread-safe. */
    public static final class Builder {
        private NoticeId id;
        private UserId recipient;
        private MessageKind kind;
        private String title;
        private String body;
        private ProactiveContent content;
        private Instant createdAt;
        private Instant readAt;
        private Instant expiresAt;

        private Builder() {
        }

        /** Sets {@link InboxNotice#id()} (not null); returns this builder. */
        public Builder id(NoticeId value) { this.id = value; return this; }

        /** Sets {@link InboxNotice#recipient()} (not null); returns this builder. */
        public Builder recipient(UserId value) { this.recipient = value; return this; }

        /** Sets {@link InboxNotice#kind()} (not null); returns this builder. */
        public Builder kind(MessageKind value) { this.kind = value; return this; }

        /** Sets {@link InboxNotice#title()} (not null); returns this builder. */
        public Builder title(String value) { this.title = value; return this; }

        /** Sets {@link InboxNotice#body()} (not null); returns this builder. */
        public Builder body(String value) { this.body = value; return this; }

        /** Sets {@link InboxNotice#content()} (or null); returns this builder. */
        public Builder content(ProactiveContent value) { this.content = value; return this; }

        /** Sets {@link InboxNotice#createdAt()} (not null); returns this builder. */
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }

        /** Sets {@link InboxNotice#readAt()} (or null); returns this builder. */
        public Builder readAt(Instant value) { this.readAt = value; return this; }

        /** Sets {@link InboxNotice#expiresAt()} (or null); returns this builder. */
        public Builder expiresAt(Instant value) { this.expiresAt = value; return this; }

        /**
         * The object.
         *
         * @return the InboxNotice
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public InboxNotice build() {
            required(id, "id");
            required(recipient, "recipient");
            required(kind, "kind");
            required(title, "title");
            required(body, "body");
            required(createdAt, "createdAt");
            return new InboxNotice(new Fields(id, recipient, kind, title, body, content, createdAt, readAt, expiresAt));
        }

        private static void required(Object value, String field) {
            if (value == null) {
                throw SportelloException.of(ErrorCode.ADAPTER_DATA_INVALID, Map.of("type", "InboxNotice", "field", field));
            }
        }
    }
}
