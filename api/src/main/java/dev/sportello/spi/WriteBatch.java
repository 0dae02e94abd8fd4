package dev.sportello.spi;

import dev.sportello.AuditEntry;
import dev.sportello.notifications.InboxNotice;

import java.util.List;

/**
 * The appends a command buffers until its end: inbox notices, message records, audit entries and outbox
 * entries, written by {@link Stores#flush} just before commit. A store may write them all at once (the
 * JDBC adapter does, in one statement on PostgreSQL).
 *
 * <p>Immutable and thread-safe.
 *
 * @param notices  inbox notices, not null
 * @param messages message records, not null
 * @param audit    audit entries, not null
 * @param outbox   outbox entries, not null
 */
public record WriteBatch(List<InboxNotice> notices, List<MessageRecord> messages, List<AuditEntry> audit,
                         List<OutboxEntry> outbox) {
    /** Copies the lists. */
    public WriteBatch {
        notices = List.copyOf(notices);
        messages = List.copyOf(messages);
        audit = List.copyOf(audit);
        outbox = List.copyOf(outbox);
    }

    /** Whether there is nothing to write. */
    public boolean isEmpty() {
        return notices.isEmpty() && messages.isEmpty() && audit.isEmpty() && outbox.isEmpty();
    }
}
