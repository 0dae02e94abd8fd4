package dev.sportello.core.kernel;

import dev.sportello.AuditEntry;
import dev.sportello.DomainEvent;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.Stores;
import dev.sportello.spi.WriteBatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The context of one command inside its transaction: the stores, the principal, the instant the
 * command runs at, and the audit entries, events and outbox entries it produces. They are written
 * together at the end of the work, in the same transaction as the state change.
 *
 * <p>Not thread-safe: one command, one thread.
 */
public final class Tx {
    private final Stores stores;
    private final Principal principal;
    private final Instant now;
    private final Ids ids;
    private final List<AuditEntry> audit = new ArrayList<>();
    private final List<OutboxEntry> outbox = new ArrayList<>();
    private final List<dev.sportello.spi.MessageRecord> messages = new ArrayList<>();
    private final List<dev.sportello.notifications.InboxNotice> notices = new ArrayList<>();
    private final java.util.Map<String, Object> memo = new java.util.HashMap<>();
    private final List<Runnable> lastly = new ArrayList<>();
    private SportelloException failure;

    Tx(Stores stores, Principal principal, Instant now, Ids ids) {
        this.stores = stores;
        this.principal = principal;
        this.now = now;
        this.ids = ids;
    }

    /** The stores of this transaction. */
    public Stores stores() {
        return stores;
    }

    /** The acting principal. */
    public Principal principal() {
        return principal;
    }

    /** The instant the command runs at (one value for the whole command). */
    public Instant now() {
        return now;
    }

    /** A fresh time-ordered id. */
    public String newId() {
        return ids.nextText();
    }

    /** The id generator. */
    public Ids ids() {
        return ids;
    }

    /**
     * Records who did what on which object (ids only, never personal data).
     *
     * @param action     what was done
     * @param objectType the kind of object
     * @param objectId   the object's id
     */
    public void audit(String action, String objectType, Object objectId) {
        audit.add(new AuditEntry(newId(), now, principal.actor(), principal.onBehalfOf(), action, objectType,
                objectId.toString(), AuditEntry.Outcome.SUCCEEDED, null));
    }

    /**
     * Publishes a domain event after commit.
     *
     * @param type        the event type, e.g. {@code user.registered}
     * @param subjectType the kind of object
     * @param subjectId   the object's id
     * @param attributes  ids and codes, never personal data
     */
    public void event(String type, String subjectType, Object subjectId, Map<String, String> attributes) {
        String id = newId();
        UserId onBehalfOf = principal.onBehalfOf();
        DomainEvent event = new DomainEvent(id, type, now, principal.actor(), onBehalfOf, subjectType,
                subjectId.toString(), attributes);
        outbox.add(OutboxEntry.pending(id, OutboxKind.EVENT, type, EventCodec.encode(event), now, null, now));
    }

    /**
     * Adds an outbox entry (a message or a scheduled task).
     *
     * @param entry the entry
     */
    public void enqueue(OutboxEntry entry) {
        outbox.add(entry);
    }

    /**
     * Writes message records at the end of the command, in one batch with the others.
     *
     * @param records the records
     */
    public void addMessages(List<dev.sportello.spi.MessageRecord> records) {
        messages.addAll(records);
    }

    /**
     * Writes an inbox notice at the end of the command, in one batch with the others.
     *
     * @param notice the notice
     */
    public void addNotice(dev.sportello.notifications.InboxNotice notice) {
        notices.add(notice);
    }

    /**
     * A value read once per command (e.g. a user's consents when several messages go to them).
     *
     * @param key    what it is
     * @param loader how to read it
     * @param <T>    its type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(String key, java.util.function.Supplier<T> loader) {
        return (T) memo.computeIfAbsent(key, k -> loader.get());
    }

    /**
     * Runs work after every buffered write of the command, just before commit. Writes that take a hot
     * row lock (a slot's seat counter) go here, so that the lock is held for the commit only; if the
     * work throws, the whole command rolls back.
     *
     * @param work the work
     */
    public void lastly(Runnable work) {
        lastly.add(java.util.Objects.requireNonNull(work, "work"));
    }

    /**
     * Makes the command fail with this error after its writes are committed (e.g. a wrong code that
     * must still use up an attempt).
     *
     * @param error the error to throw after commit
     */
    public void failAfterCommit(SportelloException error) {
        this.failure = error;
    }

    SportelloException failure() {
        return failure;
    }

    void flush() {
        WriteBatch batch = new WriteBatch(notices, messages, audit, outbox);
        if (!batch.isEmpty()) {
            stores.flush(batch);
        }
        audit.clear();
        outbox.clear();
        messages.clear();
        notices.clear();
        List<Runnable> last = List.copyOf(lastly);
        lastly.clear();
        last.forEach(Runnable::run);
    }
}
