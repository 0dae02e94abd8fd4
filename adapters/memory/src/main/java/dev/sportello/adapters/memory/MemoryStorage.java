package dev.sportello.adapters.memory;

import dev.sportello.appointments.spi.AppointmentStore;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.dossiers.spi.DocumentContentStore;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.feedback.spi.FeedbackStore;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.notifications.spi.DeviceStore;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.CounterStore;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.SpiVersion;
import dev.sportello.spi.StoreRegistry;
import dev.sportello.spi.Stores;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.UserStore;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded default storage: every store in memory.
 *
 * <p><b>One transaction at a time.</b> Each unit of work holds one lock, over the whole storage, for
 * its whole duration, so transactions are serialisable and never conflict; every write is recorded in
 * an undo log and replayed backwards if the work throws, so a failed command leaves nothing behind.
 * Because of that single lock, concurrency tests over this storage cannot race: the evidence that racing
 * writers never both succeed (bounded counters, version checks, outbox claims) comes from the same TCK
 * tests on H2 and PostgreSQL, which take row locks. Nothing survives the JVM. Suited to tests, demos and
 * single-process pilots.
 *
 * <p>Thread-safe.
 */
public final class MemoryStorage implements UnitOfWork {
    private static final StoreRegistry<Tx> STORES = StoreRegistry.<Tx>builder()
            .add(UserStore.class, tx -> new MemoryUserStore(tx.data, tx.undo))
            .add(ConsentStore.class, tx -> new MemorySmallStores.Consents(tx.data, tx.undo))
            .add(AuditStore.class, tx -> new MemorySmallStores.Audit(tx.data, tx.undo))
            .add(OutboxStore.class, tx -> new MemoryOutboxStore(tx.data, tx.undo))
            .add(CounterStore.class, tx -> new MemorySmallStores.Counters(tx.data, tx.undo))
            .add(ClosureStore.class, tx -> new MemorySmallStores.Closures(tx.data, tx.undo))
            .add(DelegationStore.class, tx -> new MemoryDelegationStore(tx.data, tx.undo))
            .add(MessageStore.class, tx -> new MemoryMessageStores.Messages(tx.data, tx.undo))
            .add(InboxStore.class, tx -> new MemoryMessageStores.Inbox(tx.data, tx.undo))
            .add(EngagementStore.class, tx -> new MemorySmallStores.Engagement(tx.data, tx.undo))
            .add(DeviceStore.class, tx -> new MemoryDeviceStore(tx.data, tx.undo))
            .add(RequestStore.class, tx -> new MemoryRequestStores.Requests(tx.data, tx.undo))
            .add(AttachmentStore.class, tx -> new MemoryRequestStores.Attachments(tx.data, tx.undo))
            .add(AppointmentStore.class, tx -> new MemoryAppointmentStore(tx.data, tx.undo))
            .add(FeedbackStore.class, tx -> new MemoryFeedbackStore(tx.data, tx.undo))
            .add(DossierStore.class, tx -> new MemoryDossierStores.Dossiers(tx.data, tx.undo))
            .add(DocumentStore.class, tx -> new MemoryDossierStores.Documents(tx.data, tx.undo))
            .add(DocumentContentStore.class, tx -> new MemoryDossierStores.Contents(tx.data, tx.undo))
            .add(FragileStore.class, tx -> new MemoryFragileStore(tx.data, tx.undo))
            .build();

    private final ReentrantLock lock = new ReentrantLock();
    private final MemoryData data = new MemoryData();

    /** Creates an empty storage. */
    public MemoryStorage() {
        // all tables start empty
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public Set<Class<?>> storeTypes() {
        return STORES.types();
    }

    @Override
    public <T> T inTransaction(TransactionalWork<T> work) {
        if (lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("nested units of work are not supported");
        }
        lock.lock();
        Tx tx = new Tx(data, new UndoLog());
        try {
            T result = work.run(tx);
            tx.open = false;
            return result;
        } catch (RuntimeException | Error e) {
            tx.open = false;
            tx.undo.rollback();
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** Runs an action on the data under the storage's lock, outside any transaction (for tests' tampering). */
    void underLock(java.util.function.Consumer<MemoryData> action) {
        lock.lock();
        try {
            action.accept(data);
        } finally {
            lock.unlock();
        }
    }

    /** One transaction: its undo log and its stores, refused once the transaction has ended. */
    private static final class Tx implements Stores {
        final MemoryData data;
        final UndoLog undo;
        private final Map<Class<?>, Object> stores = new HashMap<>();
        private boolean open = true;

        Tx(MemoryData data, UndoLog undo) {
            this.data = data;
            this.undo = undo;
        }

        @Override
        public <S> S get(Class<S> type) {
            if (!open) {
                throw new IllegalStateException("the transaction has ended");
            }
            Object store = stores.get(type);
            if (store == null) {
                store = STORES.create(type, this);
                stores.put(type, store);
            }
            return type.cast(store);
        }
    }
}
