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
import dev.sportello.medical.spi.MedicalReportStore;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.UserStore;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The embedded default storage: every store in memory.
 *
 * <p><b>Locking.</b> There is no storage-wide lock. Each table group (the users, the appointments, the outbox,
 * …) has its own lock, and the counters one lock per stripe of keys (so two slots' seat counters do not
 * contend). A unit of work takes a lock at the first use of what it guards and holds it until it commits or
 * rolls back (strict two-phase locking), so transactions are serialisable and a reader never sees another
 * transaction's uncommitted writes. Locks are waited for only in ascending order; a lock needed out of order
 * that is busy makes the storage roll the work back and run it again, having first taken, in order, every lock
 * the failed attempt used (see {@link MemoryTransaction}) — allowed by {@link UnitOfWork}'s contract, since a
 * unit of work has no effect outside its stores. Every write is recorded in an undo log and replayed
 * backwards if the work throws, so a failed command leaves nothing behind. Units of work on different tables,
 * or on different counters, run in parallel; units of work on the same table queue for it. Nothing survives
 * the JVM. Suited to tests, demos and single-process deployments.
 *
 * <p>Thread-safe.
 */
public final class MemoryStorage implements UnitOfWork {
    /** The counters are locked per key, in this group of stripes. */
    static final int COUNTERS = 14;
    private static final int MAX_ATTEMPTS = 64;
    private static final StoreRegistry<MemoryTransaction> STORES = StoreRegistry.<MemoryTransaction>builder()
            .add(UserStore.class, tx -> new MemoryUserStore(tx.data, tx.undo))
            .add(ConsentStore.class, tx -> new MemorySmallStores.Consents(tx.data, tx.undo))
            .add(AuditStore.class, tx -> new MemorySmallStores.Audit(tx.data, tx.undo))
            .add(OutboxStore.class, tx -> new MemoryOutboxStore(tx.data, tx.undo))
            .add(CounterStore.class, tx -> new MemorySmallStores.Counters(tx.data, tx.undo, key -> tx.lockKey(COUNTERS, key)))
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
            .add(MedicalReportStore.class, tx -> new MemoryMedicalReportStore(tx.data, tx.undo))
            .add(AttestationStore.class, tx -> new MemoryAttestationStore(tx.data, tx.undo))
            .build();
    /**
     * The lock group of each store type, in the order locks are taken; stores that share tables share a group.
     * The counters (-1 here) lock per key, in group {@link #COUNTERS}.
     */
    private static final Map<Class<?>, Integer> GROUPS = groups(List.of(
            List.of(UserStore.class), List.of(ConsentStore.class), List.of(ClosureStore.class),
            List.of(DelegationStore.class), List.of(DeviceStore.class), List.of(FragileStore.class),
            List.of(FeedbackStore.class), List.of(DossierStore.class, DocumentStore.class, DocumentContentStore.class, MedicalReportStore.class,
                    AttestationStore.class),
            List.of(RequestStore.class, AttachmentStore.class), List.of(AppointmentStore.class),
            List.of(MessageStore.class, InboxStore.class), List.of(EngagementStore.class), List.of(AuditStore.class),
            List.of(OutboxStore.class)));

    private final MemoryLocks locks = new MemoryLocks(COUNTERS + 1);
    private final ThreadLocal<MemoryTransaction> active = new ThreadLocal<>();
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
        if (active.get() != null) {
            throw new IllegalStateException("nested units of work are not supported");
        }
        BitSet claims = new BitSet();
        try {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                MemoryTransaction tx = new MemoryTransaction(data, locks, STORES, GROUPS, claims);
                active.set(tx);
                T result;
                try {
                    result = work.run(tx);
                } catch (RuntimeException | Error e) {
                    boolean again = tx.conflicted();
                    claims = tx.retryClaims();
                    tx.end(true);
                    if (again) {
                        continue;
                    }
                    throw e;
                }
                if (tx.conflicted()) {
                    claims = tx.retryClaims();
                    tx.end(true);
                    continue;
                }
                tx.end(false);
                return result;
            }
        } finally {
            active.remove();
        }
        throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "memory-storage",
                "objectId", "locks", "expectedVersion", "none"));
    }

    /** Runs an action on the data holding every lock, outside any transaction (for tests' tampering). */
    void underLock(Consumer<MemoryData> action) {
        for (int id = 0; id < locks.size(); id++) {
            locks.get(id).lock();
        }
        try {
            action.accept(data);
        } finally {
            for (int id = locks.size() - 1; id >= 0; id--) {
                locks.get(id).unlock();
            }
        }
    }

    private static Map<Class<?>, Integer> groups(List<List<Class<?>>> order) {
        Map<Class<?>, Integer> groups = new java.util.HashMap<>();
        for (int g = 0; g < order.size(); g++) {
            for (Class<?> type : order.get(g)) {
                groups.put(type, g);
            }
        }
        groups.put(CounterStore.class, -1);
        if (!groups.keySet().equals(STORES.types()) || order.size() != COUNTERS) {
            throw new IllegalStateException("every store type needs a lock group");
        }
        return Map.copyOf(groups);
    }
}
