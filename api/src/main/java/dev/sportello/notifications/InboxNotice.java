package dev.sportello.notifications;

import dev.sportello.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A notice in the user's reserved area (R-NOT-1). After {@link #expiresAt()} it is no longer shown and
 * its content is dropped.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the id, not null
 * @param recipient  the user, not null
 * @param kind       what it is about, not null
 * @param title      the title, not null
 * @param body       the text, not null
 * @param content    the structured content of a proactive notice, or null
 * @param createdAt  when it arrived, not null
 * @param readAt     when the user first opened it, or null
 * @param expiresAt  when it disappears, or null for never
 */
public record InboxNotice(NoticeId id, UserId recipient, MessageKind kind, String title, String body,
                          ProactiveContent content, Instant createdAt, Instant readAt, Instant expiresAt) {
    /** Checks the mandatory components. */
    public InboxNotice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether the user has opened it. */
    public boolean read() {
        return readAt != null;
    }
}
