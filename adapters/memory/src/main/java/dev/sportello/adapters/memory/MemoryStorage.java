package dev.sportello.adapters.memory;

import dev.sportello.spi.AppointmentStore;
import dev.sportello.spi.AttachmentStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.ClosureStore;
import dev.sportello.spi.ConsentStore;
import dev.sportello.spi.CounterStore;
import dev.sportello.spi.DelegationStore;
import dev.sportello.spi.EngagementStore;
import dev.sportello.spi.InboxStore;
import dev.sportello.spi.MessageStore;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.RequestStore;
import dev.sportello.spi.Stores;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.spi.UserStore;

import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded default storage: every store in memory, one transaction at a time.
 *
 * <p>Each unit of work holds a single lock for its whole duration, so transactions are serialisable;
 * every write is recorded in an undo log and replayed backwards if the work throws, so a failed command
 * leaves nothing behind. Nothing survives the JVM. Suited to tests, demos and single-process pilots.
 *
 * <p>Thread-safe.
 */
public final class MemoryStorage implements UnitOfWork {
    private final ReentrantLock lock = new ReentrantLock();
    private final MemoryData data = new MemoryData();

    /** Creates an empty storage. */
    public MemoryStorage() {
        // all tables start empty
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested units of work are not supported");
        }
        lock.lock();
        UndoLog undo = new UndoLog();
        TxStores stores = new TxStores(data, undo);
        try {
            T result = work.run(stores);
            stores.open = false;
            return result;
        } catch (RuntimeException | Error e) {
            stores.open = false;
            undo.rollback();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** The stores of one transaction; refuse use after the transaction ended. */
    private static final class TxStores implements Stores {
        private final UserStore users;
        private final ConsentStore consents;
        private final AuditStore audit;
        private final OutboxStore outbox;
        private final CounterStore counters;
        private final ClosureStore closures;
        private final DelegationStore delegations;
        private final MessageStore messages;
        private final InboxStore inbox;
        private final EngagementStore engagement;
        private final RequestStore requests;
        private final AttachmentStore attachments;
        private final AppointmentStore appointments;
        private boolean open = true;

        TxStores(MemoryData data, UndoLog undo) {
            users = new MemoryUserStore(data, undo);
            consents = new MemorySmallStores.Consents(data, undo);
            audit = new MemorySmallStores.Audit(data, undo);
            outbox = new MemoryOutboxStore(data, undo);
            counters = new MemorySmallStores.Counters(data, undo);
            closures = new MemorySmallStores.Closures(data, undo);
            delegations = new MemorySmallStores.Delegations(data, undo);
            messages = new MemoryMessageStores.Messages(data, undo);
            inbox = new MemoryMessageStores.Inbox(data, undo);
            engagement = new MemorySmallStores.Engagement(data, undo);
            requests = new MemoryRequestStores.Requests(data, undo);
            attachments = new MemoryRequestStores.Attachments(data, undo);
            appointments = new MemoryAppointmentStore(data, undo);
        }

        private <S> S live(S store) {
            if (!open) {
                throw new IllegalStateException("the transaction has ended");
            }
            return store;
        }

        @Override
        public UserStore users() {
            return live(users);
        }

        @Override
        public ConsentStore consents() {
            return live(consents);
        }

        @Override
        public AuditStore audit() {
            return live(audit);
        }

        @Override
        public OutboxStore outbox() {
            return live(outbox);
        }

        @Override
        public CounterStore counters() {
            return live(counters);
        }

        @Override
        public ClosureStore closures() {
            return live(closures);
        }

        @Override
        public DelegationStore delegations() {
            return live(delegations);
        }

        @Override
        public MessageStore messages() {
            return live(messages);
        }

        @Override
        public InboxStore inbox() {
            return live(inbox);
        }

        @Override
        public EngagementStore engagement() {
            return live(engagement);
        }

        @Override
        public RequestStore requests() {
            return live(requests);
        }

        @Override
        public AttachmentStore attachments() {
            return live(attachments);
        }

        @Override
        public AppointmentStore appointments() {
            return live(appointments);
        }
    }
}
