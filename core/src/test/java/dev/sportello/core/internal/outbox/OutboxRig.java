package dev.sportello.core.internal.outbox;

import dev.sportello.AssurancePolicy;
import dev.sportello.ServiceGrants;
import dev.sportello.AuditEntry;
import dev.sportello.AuditSubject;
import dev.sportello.PageRequest;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.adapters.memory.MutableClock;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.internal.kernel.AssuranceGuard;
import dev.sportello.core.internal.kernel.CommandValidator;
import dev.sportello.core.internal.kernel.EventCodec;
import dev.sportello.core.internal.kernel.Hooks;
import dev.sportello.core.internal.kernel.Ids;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.Observer;
import dev.sportello.core.internal.kernel.TaskType;
import dev.sportello.core.internal.kernel.Tasks;
import dev.sportello.core.internal.notifications.MessageSender;
import dev.sportello.core.internal.notifications.QuietHours;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.Instrumentation;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** A kernel and an outbox dispatcher over the memory storage, with tasks of the test's own and a hand-moved clock. */
final class OutboxRig implements AutoCloseable {
    /** A storage that can be switched to fail every transaction, as a database that went away. */
    static final class SwitchableStorage implements UnitOfWork {
        final MemoryStorage memory = new MemoryStorage();
        volatile boolean down;

        @Override
        public <T> T inTransaction(TransactionalWork<T> work) {
            if (down) {
                throw new IllegalStateException("database unreachable");
            }
            return memory.inTransaction(work);
        }

        @Override
        public Set<Class<?>> storeTypes() {
            return memory.storeTypes();
        }

        @Override
        public String spiVersion() {
            return memory.spiVersion();
        }
    }

    /** The object a test task writes its audit entry about. */
    record Subject(String id) implements AuditSubject {
        @Override
        public String auditType() {
            return "TEST";
        }

        @Override
        public String auditId() {
            return id;
        }
    }

    /** A task whose payload is one text. */
    static TaskType<String> type(String name) {
        return TaskType.ofId(name, "value", value -> value);
    }

    final MutableClock clock = new MutableClock(CoreFixture.START);
    final SwitchableStorage storage = new SwitchableStorage();
    final RecordingChannels channels = new RecordingChannels();
    final Tasks tasks = new Tasks();
    final DispatcherSettings settings;
    final Kernel kernel;
    final OutboxDispatcher dispatcher;
    private final CommandValidator validator = new CommandValidator();

    /**
     * A rig.
     *
     * @param settings      the dispatcher settings
     * @param registrations registers the test's tasks
     */
    OutboxRig(DispatcherSettings settings, Consumer<Tasks> registrations) {
        this.settings = settings;
        registrations.accept(tasks);
        kernel = new Kernel(storage, clock, new Ids(clock), new AssuranceGuard(AssurancePolicy.defaults(), ServiceGrants.none()), validator, tasks,
                new Hooks(), new Observer(Instrumentation.NONE));
        dispatcher = new OutboxDispatcher(kernel, settings, channels, new EventCodec(),
                new MessageSender(channels, channels, channels, new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0))));
    }

    /** Schedules a task, due now. */
    <P> void schedule(TaskType<P> type, P payload) {
        kernel.system(tx -> {
            tx.schedule(type, payload, tx.now(), null);
            return null;
        });
    }

    /** Adds an outbox entry as it is. */
    void enqueue(OutboxEntry entry) {
        kernel.system(tx -> {
            tx.enqueue(entry);
            return null;
        });
    }

    /** Every entry of the outbox, oldest first. */
    List<OutboxEntry> entries() {
        return storage.memory.inTransaction(stores -> {
            List<OutboxEntry> all = new ArrayList<>();
            for (OutboxStatus status : OutboxStatus.values()) {
                all.addAll(stores.get(OutboxStore.class).list(status, PageRequest.first(200)).items());
            }
            all.sort(Comparator.comparing(OutboxEntry::id));
            return all;
        });
    }

    /** The only entry of the outbox. */
    OutboxEntry entry() {
        List<OutboxEntry> all = entries();
        if (all.size() != 1) {
            throw new IllegalStateException("expected one entry, found " + all.size());
        }
        return all.get(0);
    }

    /** The audit entries about a test subject. */
    List<AuditEntry> audit(String id) {
        return storage.memory.inTransaction(stores -> stores.get(AuditStore.class).forObject("TEST", id, PageRequest.first(50))
                .items());
    }

    @Override
    public void close() {
        dispatcher.close();
        validator.close();
    }
}
