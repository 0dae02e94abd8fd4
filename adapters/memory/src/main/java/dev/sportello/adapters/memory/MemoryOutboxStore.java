package dev.sportello.adapters.memory;

import dev.sportello.OutboxBacklog;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.spi.OutboxCompletion;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

final class MemoryOutboxStore implements OutboxStore {
    private final MemoryData data;
    private final UndoLog undo;

    MemoryOutboxStore(MemoryData data, UndoLog undo) {
        this.data = data;
        this.undo = undo;
    }

    /**
     * An entry's place in a claim index: its due time (or lease expiry) in microseconds, as the JDBC stores
     * keep it, then its id. A record compared on a {@code long} first: cheaper than a formatted string key.
     */
    record DueKey(long micros, String id) implements Comparable<DueKey> {
        @Override
        public int compareTo(DueKey other) {
            int byTime = Long.compare(micros, other.micros);
            return byTime != 0 ? byTime : id.compareTo(other.id);
        }
    }

    static DueKey key(Instant instant, String id) {
        return new DueKey(micros(instant), id);
    }

    private static long micros(Instant instant) {
        return Math.multiplyExact(instant.getEpochSecond(), 1_000_000L) + instant.getNano() / 1_000;
    }

    /** The keys of every entry due at or before {@code instant}: the bound, exclusive, is the next microsecond. */
    private static DueKey dueBound(Instant instant) {
        return new DueKey(micros(instant) + 1, "");
    }

    /** Stores the new state of an entry and keeps both claim indexes in step. */
    private void save(OutboxEntry entry) {
        OutboxEntry previous = data.outbox.get(entry.id());
        if (previous != null) {
            if (previous.status() == OutboxStatus.PENDING) {
                undo.remove(data.outboxPending, key(previous.dueAt(), previous.id()));
            } else if (previous.status() == OutboxStatus.IN_FLIGHT) {
                undo.remove(data.outboxInFlight, key(previous.leaseUntil(), previous.id()));
            }
        }
        undo.put(data.outbox, entry.id(), entry);
        if (entry.status() == OutboxStatus.PENDING) {
            undo.put(data.outboxPending, key(entry.dueAt(), entry.id()), entry.id());
        } else if (entry.status() == OutboxStatus.IN_FLIGHT) {
            undo.put(data.outboxInFlight, key(entry.leaseUntil(), entry.id()), entry.id());
        }
    }

    @Override
    public void appendAll(List<OutboxEntry> entries) {
        for (OutboxEntry entry : entries) {
            if (data.outbox.containsKey(entry.id())) {
                throw new IllegalArgumentException("duplicate outbox id " + entry.id());
            }
            save(entry);
        }
    }

    @Override
    public OutboxBacklog findBacklog(Instant now) {
        SortedMap<DueKey, String> due = data.outboxPending.headMap(dueBound(now));
        Instant oldest = due.isEmpty() ? null : data.outbox.get(due.get(due.firstKey())).dueAt();
        return new OutboxBacklog(data.outboxPending.size(), due.size(), oldest);
    }

    @Override
    public List<OutboxEntry> claim(Instant now, int limit, String leaseToken, Instant leaseUntil) {
        List<String> ids = new ArrayList<>();
        for (String id : data.outboxPending.headMap(dueBound(now), false).values()) {
            if (ids.size() == limit) {
                break;
            }
            ids.add(id);
        }
        for (String id : data.outboxInFlight.headMap(key(now, ""), false).values()) {
            if (ids.size() == limit) {
                break;
            }
            ids.add(id);
        }
        List<OutboxEntry> claimed = new ArrayList<>(ids.size());
        for (String id : ids) {
            OutboxEntry e = data.outbox.get(id);
            OutboxEntry taken = e.toBuilder().status(OutboxStatus.IN_FLIGHT).leaseToken(leaseToken).leaseUntil(leaseUntil)
                    .updatedAt(now).build();
            save(taken);
            claimed.add(taken);
        }
        return claimed;
    }

    @Override
    public List<String> complete(List<OutboxCompletion> completions, Instant now) {
        List<String> applied = new ArrayList<>();
        for (OutboxCompletion c : completions) {
            OutboxEntry e = data.outbox.get(c.id());
            if (e == null || e.status() != OutboxStatus.IN_FLIGHT || !Objects.equals(e.leaseToken(), c.leaseToken())) {
                continue;
            }
            save(e.toBuilder().payload(c.dropPayload() ? Map.of() : e.payload()).dueAt(c.dueAt()).status(c.status())
                    .attempts(c.attempts()).lastError(c.lastError()).leaseToken(null).leaseUntil(null).updatedAt(now).build());
            applied.add(e.id());
        }
        return applied;
    }

    @Override
    public Optional<OutboxEntry> find(String id) {
        return Optional.ofNullable(data.outbox.get(id));
    }

    @Override
    public Page<OutboxEntry> list(OutboxStatus status, PageRequest page) {
        return Paging.page(data.outbox.values().stream().filter(e -> e.status() == status), OutboxEntry::id, false, page);
    }

    @Override
    public boolean redrive(String id, Instant now) {
        OutboxEntry e = data.outbox.get(id);
        if (e == null || e.status() != OutboxStatus.DEAD) {
            return false;
        }
        save(e.toBuilder().dueAt(now).status(OutboxStatus.PENDING).attempts(0).leaseToken(null).leaseUntil(null)
                .updatedAt(now).build());
        return true;
    }

    @Override
    public Optional<OutboxEntry> cancelEntry(String id, Instant now) {
        OutboxEntry e = data.outbox.get(id);
        if (e == null || e.status() != OutboxStatus.PENDING) {
            return Optional.empty();
        }
        save(cancelled(e, now));
        return Optional.of(e);
    }

    private static OutboxEntry cancelled(OutboxEntry e, Instant now) {
        return e.toBuilder().payload(Map.of()).status(OutboxStatus.CANCELLED).leaseToken(null).leaseUntil(null)
                .updatedAt(now).build();
    }

    @Override
    public List<OutboxEntry> cancel(String cancelKey, Instant now) {
        List<OutboxEntry> cancelled = new ArrayList<>();
        for (String id : new ArrayList<>(data.outboxPending.values())) {
            OutboxEntry e = data.outbox.get(id);
            if (cancelKey.equals(e.cancelKey())) {
                cancelled.add(e);
                save(cancelled(e, now));
            }
        }
        return cancelled;
    }
}
