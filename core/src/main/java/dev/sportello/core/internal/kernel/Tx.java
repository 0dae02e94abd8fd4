package dev.sportello.core.internal.kernel;

import dev.sportello.AuditEntry;
import dev.sportello.AuditSubject;
import dev.sportello.DelegationId;
import dev.sportello.DomainEvent;
import dev.sportello.EventType;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageRecord;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.spi.AppendingStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.CounterKey;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.Stores;
import dev.sportello.spi.WriteBatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The context of one command inside its transaction: its stores (looked up by type), the principal, the
 * delegation it acts through, the instant it runs at, and what it appends (inbox notices, message
 * records, audit entries, outbox entries), written together in one flush at the end of the work, in the
 * same transaction as the state change.
 *
 * <p>Not thread-safe: one command, one thread.
 */
public final class Tx {
    private final Stores stores;
    private final Principal principal;
    private final Instant now;
    private final Ids ids;
    private final Tasks tasks;
    private final WriteBatch.Builder appends = WriteBatch.builder();
    private final List<AuditEntry> audits = new ArrayList<>();
    private final List<AuditStore.Stream> created = new ArrayList<>(1);
    private final List<Supplier<SportelloException>> refusals = new ArrayList<>(2);
    private final Map<Object, Object> memo = new HashMap<>();
    private final List<Runnable> lastly = new ArrayList<>();
    private DelegationId delegation;
    private SportelloException failure;

    Tx(Stores stores, Principal principal, Instant now, Ids ids, Tasks tasks) {
        this.stores = stores;
        this.principal = principal;
        this.now = now;
        this.ids = ids;
        this.tasks = tasks;
    }

    /**
     * The store of a type in this transaction.
     *
     * @param type the store interface
     * @param <S>  its type
     * @return the store
     */
    public <S> S store(Class<S> type) {
        return stores.get(type);
    }

    /** The stores of this transaction (for a store method that reads from several at once). */
    public Stores stores() {
        return stores;
    }

    /** The acting principal. */
    public Principal principal() {
        return principal;
    }

    /** The delegation the principal acts through, or null when they act for themselves. */
    public DelegationId delegation() {
        return delegation;
    }

    void actingThrough(DelegationId id) {
        this.delegation = id;
    }

    /** The instant the command runs at (one value for the whole command, to the microsecond). */
    public Instant now() {
        return now;
    }

    /** A fresh time-ordered id. */
    public String newId() {
        return ids.nextText();
    }

    /**
     * A new time-ordered id.
     *
     * @return the id
     */
    public UUID newUuid() {
        return ids.next();
    }

    /** The id generator. */
    public Ids ids() {
        return ids;
    }

    /**
     * Records who did what on which object (ids only, never personal data), with the delegation used.
     *
     * @param action  what was done, e.g. {@code REQUEST_CLOSED}
     * @param subject the object
     */
    public void audit(String action, AuditSubject subject) {
        audits.add(AuditEntry.builder().id(newId()).at(now).actor(principal.actor())
                .onBehalfOf(principal.onBehalfOf()).delegation(delegation).action(action).objectType(subject.auditType())
                .objectId(subject.auditId()).outcome(AuditEntry.Outcome.SUCCEEDED).build());
    }

    /**
     * Records the first entry about an object this command has just created (its id is new): its stream
     * has no head yet, so the head is created in the flush instead of locked and moved, which saves a
     * database round trip; a stream that turns out to have a head fails the command as a conflict.
     *
     * @param action  what was done, e.g. {@code APPOINTMENT_BOOKED}
     * @param subject the new object
     */
    public void auditCreated(String action, AuditSubject subject) {
        audit(action, subject);
        created.add(new AuditStore.Stream(subject.auditType(), subject.auditId()));
    }

    /**
     * Publishes a domain event after commit.
     *
     * @param type       the event type
     * @param subject    the object it is about
     * @param attributes exactly the type's attributes: ids and codes, never personal data
     * @throws IllegalStateException if the attributes are not the declared ones (a bug of the core)
     */
    public void event(EventType type, AuditSubject subject, Map<String, String> attributes) {
        enqueue(eventEntry(type, subject, attributes));
    }

    /** The outbox entry of a domain event of this command (its id, time and actor fixed now). */
    private OutboxEntry eventEntry(EventType type, AuditSubject subject, Map<String, String> attributes) {
        if (attributes.size() != type.attributes().size() || !attributes.keySet().containsAll(type.attributes())) {
            throw new IllegalStateException(type + " declares " + type.attributes() + ", got " + attributes.keySet());
        }
        String id = newId();
        DomainEvent event = new DomainEvent(id, type, now, principal.actor(), principal.onBehalfOf(), subject.auditType(),
                subject.auditId(), attributes);
        return OutboxEntry.builder().id(id).kind(OutboxKind.EVENT).type(type.name()).payload(EventCodec.encode(event))
                .dueAt(now).createdAt(now).updatedAt(now).build();
    }

    /**
     * Schedules one of the SDK's own tasks, run by the dispatcher after commit.
     *
     * @param type      the task type, registered by its area
     * @param payload   what it works on
     * @param dueAt     not before this instant
     * @param cancelKey the key of entries cancelled together, or null
     * @param <P>       the payload type
     */
    public <P> void schedule(TaskType<P> type, P payload, Instant dueAt, String cancelKey) {
        tasks.requireRegistered(type);
        enqueue(OutboxEntry.builder().id(newId()).kind(OutboxKind.TASK).type(type.name()).payload(type.encode(payload))
                .dueAt(dueAt).cancelKey(cancelKey).createdAt(now).updatedAt(now).build());
    }

    /**
     * Adds an outbox entry (a message).
     *
     * @param entry the entry
     */
    public void enqueue(OutboxEntry entry) {
        appends.add(OutboxStore.class, entry);
    }

    /**
     * Writes message records at the end of the command, in one batch with the others.
     *
     * @param records the records
     */
    public void addMessages(List<MessageRecord> records) {
        appends.addAll(MessageStore.class, records);
    }

    /**
     * Writes an inbox notice at the end of the command, in one batch with the others.
     *
     * @param notice the notice
     */
    public void addNotice(InboxNotice notice) {
        appends.add(InboxStore.class, notice);
    }

    /**
     * Adds a record to a store at the end of the command, in one batch with the others (a booking's new
     * appointment).
     *
     * @param store  the store interface
     * @param record the record
     * @param <R>    the record type
     */
    public <R> void append(Class<? extends AppendingStore<R>> store, R record) {
        appends.add(store, record);
    }

    /**
     * Takes a unit of a bounded counter at the end of the command, after every buffered write and in the
     * order of these calls (a slot's seat counter last, so that a database holds the hot row's lock for the
     * commit only); if the counter is at its limit, the command fails with the refusal and rolls back.
     *
     * @param key     the counter
     * @param limit   its bound
     * @param refusal the error when it is full
     */
    public void increment(CounterKey key, long limit, Supplier<SportelloException> refusal) {
        appends.increment(key, limit);
        refusals.add(Objects.requireNonNull(refusal, "refusal"));
    }

    /**
     * A value read once per command (a recipient read model when several messages go to one user).
     *
     * @param key    what it is (compared with equals)
     * @param loader how to read it
     * @param <T>    its type
     * @return the value
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Supplier<T> loader) {
        Object value = memo.get(key);
        if (value == null) {
            value = loader.get();
            memo.put(key, value);
        }
        return (T) value;
    }

    /**
     * Whether {@link #memo} holds a value under a key.
     *
     * @param key what it is
     * @return true when the command read or remembered it
     */
    public boolean remembers(Object key) {
        return memo.containsKey(key);
    }

    /**
     * Replaces what {@link #memo} holds under a key (the command changed the value).
     *
     * @param key   what it is
     * @param value the current value
     */
    public void remember(Object key, Object value) {
        memo.put(key, value);
    }

    /**
     * Runs work after every buffered write of the command, just before commit. Writes that take a hot
     * row lock (a slot's seat counter) go here, so that the lock is held for the commit only; if the
     * work throws, the whole command rolls back.
     *
     * @param work the work
     */
    public void lastly(Runnable work) {
        lastly.add(Objects.requireNonNull(work, "work"));
    }

    /**
     * Makes the command fail with this error after its writes are committed (a wrong code that must
     * still use up an attempt).
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
        if (!audits.isEmpty()) {
            AuditChains.chainInto(stores.get(AuditStore.class), audits, created, appends);
            audits.clear();
            created.clear();
        }
        if (!appends.isEmpty()) {
            int refused = stores.flushAll(appends.build());
            appends.clear();
            if (refused >= 0) {
                throw refusals.get(refused).get();
            }
            refusals.clear();
        }
        List<Runnable> last = List.copyOf(lastly);
        lastly.clear();
        last.forEach(Runnable::run);
    }
}
