package dev.sportello.benchmarks;

import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.ProtocolNumber;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.Visibility;
import dev.sportello.requests.spi.RequestRecord;
import dev.sportello.requests.spi.RequestStore;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Memory per stored request on the memory adapter: stores {@code -Drequests=1000000} requests without
 * attachments, each as a submission writes it (the record with its protocol number, idempotency key and
 * fingerprint, and its three timeline entries), over 10,000 owners, 1,000 per unit of work; then prints the
 * heap in use after a full GC, less the heap in use after a full GC before storing, divided by the number of
 * requests. Everything a stored request keeps alive is counted (record, indexes, timeline, map entries); the
 * storage is kept reachable until the second measurement. Run with a heap large enough for the data, e.g.
 * {@code java -Xmx3g -cp benchmarks/target/benchmarks.jar dev.sportello.benchmarks.MemoryFootprint}.
 *
 * <p>Not thread-safe; a program run from {@code main}.
 */
public final class MemoryFootprint {
    /** The goal of issue 12: at most 1 KB per stored request without attachments. */
    static final long GOAL_BYTES = 1024;
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final OfficeCode OFFICE = new OfficeCode("ROMA-TIBURTINO");

    private MemoryFootprint() {
    }

    /**
     * Runs the measurement and prints its figure.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        int requests = Integer.getInteger("requests", 1_000_000);
        long before = usedAfterGc();
        MemoryStorage storage = new MemoryStorage();
        store(storage, requests, 42);
        long after = usedAfterGc();
        double perRequest = (after - before) / (double) requests;
        System.out.printf("memory adapter: %,d requests stored, heap after GC %,d -> %,d bytes%n", requests, before, after);
        System.out.printf("memory per stored request (no attachments): %,.0f bytes (goal <= %,d: %s)%n", perRequest,
                GOAL_BYTES, perRequest <= GOAL_BYTES ? "met" : "not met");
        if (storage.inTransaction(s -> s.get(RequestStore.class).find(lastId(requests, 42))).isEmpty()) {
            throw new IllegalStateException("the last request was not stored");
        }
    }

    /** Stores {@code count} requests, ids drawn from {@code seed}, 1,000 per unit of work. */
    static void store(MemoryStorage storage, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<UserId> owners = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            owners.add(new UserId(new UUID(random.nextLong(), random.nextLong())));
        }
        SplittableRandom ids = new SplittableRandom(seed + 1);
        for (int done = 0; done < count; ) {
            int batch = Math.min(1_000, count - done);
            int first = done;
            storage.inTransaction(s -> {
                RequestStore store = s.get(RequestStore.class);
                for (int i = first; i < first + batch; i++) {
                    RequestId id = new RequestId(new UUID(ids.nextLong(), ids.nextLong()));
                    UserId owner = owners.get(i % owners.size());
                    Instant at = T0.plusMillis(i);
                    String protocol = String.format("ROMA-TIBURTINO-2026-%07d", i + 1);
                    store.insert(RequestRecord.builder().id(id).protocol(new ProtocolNumber(protocol)).owner(owner)
                            .submittedBy(owner).topic(TopicCode.CONTRIBUTORY_REGULARITY).subject("Regolarità contributiva")
                            .fields(Map.of("period", "2026-01/2026-03")).text(new String("Chiedo il DURC per la mia ditta"))
                            .office(OFFICE).status(RequestStatus.OPEN).idempotencyKey("submit-" + i)
                            .fingerprint(Long.toHexString(id.value().getMostSignificantBits()).repeat(4))
                            .attachments(List.of()).createdAt(at).updatedAt(at).version(0).build());
                    store.appendTimeline(id, List.of(
                            new TimelineEntry(TimelineKind.SUBMITTED, at, owner, null, null, Visibility.USER, null,
                                    Map.of("topic", TopicCode.CONTRIBUTORY_REGULARITY.code())),
                            new TimelineEntry(TimelineKind.REGISTERED, at, owner, null, null, Visibility.USER, null,
                                    Map.of("protocol", protocol)),
                            new TimelineEntry(TimelineKind.ROUTED, at, owner, null, null, Visibility.USER, null,
                                    Map.of("office", OFFICE.value()))));
                }
                return null;
            });
            done += batch;
        }
    }

    /** The id of the last request {@link #store} writes with this count and seed. */
    static RequestId lastId(int count, long seed) {
        SplittableRandom ids = new SplittableRandom(seed + 1);
        RequestId id = null;
        for (int i = 0; i < count; i++) {
            id = new RequestId(new UUID(ids.nextLong(), ids.nextLong()));
        }
        return id;
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
