package dev.sportello.spi;

/**
 * The stores of one transaction. Obtained only inside {@link UnitOfWork#inTransaction}; not to be kept
 * after the work returns. Not thread-safe: one transaction, one thread.
 */
public interface Stores {
    /** Users with their contact points. */
    UserStore users();

    /** Consent history. */
    ConsentStore consents();

    /** Audit trail. */
    AuditStore audit();

    /** Transactional outbox: events, messages and scheduled tasks. */
    OutboxStore outbox();

    /** Bounded counters and gapless sequences. */
    CounterStore counters();

    /** Ad-hoc office closures. */
    ClosureStore closures();

    /** Delegations and mandates. */
    DelegationStore delegations();

    /** Messages: decisions, status and history. */
    MessageStore messages();

    /** Inbox notices. */
    InboxStore inbox();

    /** Anonymous engagement counters. */
    EngagementStore engagement();

    /** Requests and their timelines. */
    RequestStore requests();

    /** Archives of request attachments. */
    AttachmentStore attachments();

    /**
     * Appointments and the waitlist.
     *
     * @return the store of this transaction
     */
    AppointmentStore appointments();

    /**
     * Writes a command's buffered appends, in this order: inbox notices, message records, audit entries,
     * outbox entries. The default calls each store; an adapter may write them in fewer round trips.
     *
     * @param batch the appends, not null
     */
    default void flush(WriteBatch batch) {
        if (!batch.notices().isEmpty()) {
            inbox().insertAll(batch.notices());
        }
        if (!batch.messages().isEmpty()) {
            messages().insert(batch.messages());
        }
        if (!batch.audit().isEmpty()) {
            audit().append(batch.audit());
        }
        if (!batch.outbox().isEmpty()) {
            outbox().enqueue(batch.outbox());
        }
    }
}
