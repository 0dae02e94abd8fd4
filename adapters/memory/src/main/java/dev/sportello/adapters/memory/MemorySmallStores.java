package dev.sportello.adapters.memory;

import dev.sportello.AuditEntry;
import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.EngagementTally;
import dev.sportello.offices.Closure;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.CounterKey;
import dev.sportello.spi.CounterStore;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.spi.ConsentStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** The small in-memory stores: consents, audit, counters, closures, engagement. */
final class MemorySmallStores {
    private MemorySmallStores() {
    }

    static final class Consents implements ConsentStore {
        private final MemoryData data;
        private final UndoLog undo;

        Consents(MemoryData data, UndoLog undo) {
            this.data = data;
            this.undo = undo;
        }

        @Override
        public void append(ConsentEvent event) {
            List<ConsentEvent> history = UndoLog.child(undo, data.consents, event.user(), ArrayList::new);
            history.add(event);
            undo.onRollback(() -> history.remove(history.size() - 1));
        }

        @Override
        public List<ConsentEvent> history(UserId user) {
            return List.copyOf(data.consents.getOrDefault(user, List.of()));
        }
    }

    static final class Audit implements AuditStore {
        private final MemoryData data;
        private final UndoLog undo;

        Audit(MemoryData data, UndoLog undo) {
            this.data = data;
            this.undo = undo;
        }

        @Override
        public void appendAll(List<AuditEntry> entries) {
            for (AuditEntry entry : entries) {
                NavigableMap<String, AuditEntry> forObject = UndoLog.child(undo, data.auditByObject,
                        entry.objectType() + "|" + entry.objectId(), TreeMap::new);
                undo.put(forObject, entry.id(), entry);
            }
        }

        @Override
        public Page<AuditEntry> forObject(String objectType, String objectId, PageRequest page) {
            NavigableMap<String, AuditEntry> entries = data.auditByObject.getOrDefault(objectType + "|" + objectId,
                    new TreeMap<>());
            return Paging.page(entries.values().stream(), AuditEntry::id, false, page);
        }

        /** The storage's one lock already serialises transactions: the head needs no lock of its own. */
        @Override
        public String lockHead(String objectType, String objectId) {
            return data.auditHeads.getOrDefault(objectType + "|" + objectId, "");
        }

        @Override
        public void moveHead(String objectType, String objectId, String hash) {
            undo.put(data.auditHeads, objectType + "|" + objectId, hash);
        }

        @Override
        public Optional<String> findHead(String objectType, String objectId) {
            return Optional.ofNullable(data.auditHeads.get(objectType + "|" + objectId));
        }
    }

    /** Counters locked per key through {@code lock}, which the transaction holds until it ends. */
    static final class Counters implements CounterStore {
        private final MemoryData data;
        private final UndoLog undo;
        private final java.util.function.Consumer<CounterKey> lock;

        Counters(MemoryData data, UndoLog undo, java.util.function.Consumer<CounterKey> lock) {
            this.data = data;
            this.undo = undo;
            this.lock = lock;
        }

        @Override
        public boolean tryIncrement(CounterKey key, long limit) {
            lock.accept(key);
            long current = data.counters.getOrDefault(key, 0L);
            if (current >= limit) {
                return false;
            }
            undo.put(data.counters, key, current + 1);
            return true;
        }

        @Override
        public void decrement(CounterKey key) {
            lock.accept(key);
            long current = data.counters.getOrDefault(key, 0L);
            if (current > 0) {
                undo.put(data.counters, key, current - 1);
            }
        }

        @Override
        public long next(CounterKey key) {
            lock.accept(key);
            long value = data.counters.getOrDefault(key, 0L) + 1;
            undo.put(data.counters, key, value);
            return value;
        }

        @Override
        public Map<CounterKey, Long> values(Collection<CounterKey> keys) {
            Map<CounterKey, Long> values = new LinkedHashMap<>();
            for (CounterKey key : keys) {
                lock.accept(key);
                values.put(key, data.counters.getOrDefault(key, 0L));
            }
            return values;
        }
    }

    static final class Closures implements ClosureStore {
        private final MemoryData data;
        private final UndoLog undo;

        Closures(MemoryData data, UndoLog undo) {
            this.data = data;
            this.undo = undo;
        }

        @Override
        public void add(Closure closure) {
            NavigableMap<LocalDate, Closure> days = UndoLog.child(undo, data.closures, closure.office().value(), TreeMap::new);
            if (days.containsKey(closure.date())) {
                throw SportelloException.of(ErrorCode.OFF_ALREADY_CLOSED,
                        Map.of("office", closure.office().value(), "date", closure.date().toString()));
            }
            undo.put(days, closure.date(), closure);
        }

        @Override
        public List<Closure> between(OfficeCode office, LocalDate from, LocalDate to) {
            NavigableMap<LocalDate, Closure> days = data.closures.get(office.value());
            return days == null ? List.of() : List.copyOf(days.subMap(from, true, to, true).values());
        }
    }

    static final class Engagement implements EngagementStore {
        private final MemoryData data;
        private final UndoLog undo;

        Engagement(MemoryData data, UndoLog undo) {
            this.data = data;
            this.undo = undo;
        }

        @Override
        public void increment(LocalDate day, MessageKind kind, String callToAction) {
            String key = day + "|" + kind.code() + "|" + callToAction;
            undo.put(data.engagement, key, data.engagement.getOrDefault(key, 0L) + 1);
        }

        @Override
        public List<EngagementTally> between(LocalDate from, LocalDate to) {
            List<EngagementTally> tallies = new ArrayList<>();
            for (Map.Entry<String, Long> entry : data.engagement.entrySet()) {
                String[] parts = entry.getKey().split("\\|", -1);
                LocalDate day = LocalDate.parse(parts[0]);
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    tallies.add(new EngagementTally(day, new MessageKind(parts[1]), parts[2], entry.getValue()));
                }
            }
            return tallies;
        }
    }
}
