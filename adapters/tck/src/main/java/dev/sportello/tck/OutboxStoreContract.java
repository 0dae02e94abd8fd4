package dev.sportello.tck;

import dev.sportello.OutboxBacklog;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.spi.OutboxCompletion;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.Stores;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of {@link dev.sportello.spi.OutboxStore}: due order, leases, completion, dead letters, cancellation.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class OutboxStoreContract extends StorageContract {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(1);

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static OutboxEntry entry(Instant due, String cancelKey) {
        return OutboxEntry.builder().id(id()).kind(OutboxKind.EVENT).type("test.event").payload(Map.of("k", "v", "n", "1"))
                .dueAt(due).cancelKey(cancelKey).createdAt(NOW.minusSeconds(60)).updatedAt(NOW.minusSeconds(60)).build();
    }

    private void enqueue(OutboxEntry... entries) {
        tx(s -> {
            s.get(OutboxStore.class).appendAll(List.of(entries));
            return null;
        });
    }

    private List<OutboxEntry> claim(Instant now, int limit, String token) {
        return tx(s -> s.get(OutboxStore.class).claim(now, limit, token, now.plus(LEASE)));
    }

    private List<String> complete(Instant now, OutboxCompletion... completions) {
        return tx(s -> s.get(OutboxStore.class).complete(List.of(completions), now));
    }

    @Test
    void claimsDueEntriesOldestFirstWithTheirPayload() {
        OutboxEntry later = entry(NOW.minusSeconds(10), null);
        OutboxEntry earlier = entry(NOW.minusSeconds(20), null);
        OutboxEntry future = entry(NOW.plusSeconds(10), null);
        enqueue(later, earlier, future);
        List<OutboxEntry> claimed = claim(NOW, 10, "t1");
        assertThat(claimed).extracting(OutboxEntry::id).containsExactly(earlier.id(), later.id());
        OutboxEntry first = claimed.get(0);
        assertThat(first.status()).isEqualTo(OutboxStatus.IN_FLIGHT);
        assertThat(first.leaseToken()).isEqualTo("t1");
        assertThat(first.payload()).isEqualTo(Map.of("k", "v", "n", "1"));
        assertThat(first.type()).isEqualTo("test.event");
        assertThat(first.kind()).isEqualTo(OutboxKind.EVENT);
    }

    @Test
    void theBacklogCountsPendingAndDueEntriesWithTheOldestDueTime() {
        OutboxBacklog empty = tx(s -> s.get(OutboxStore.class).findBacklog(NOW));
        assertThat(empty).isEqualTo(new OutboxBacklog(0, 0, null));
        OutboxEntry older = entry(NOW.minusSeconds(30), null);
        OutboxEntry due = entry(NOW.minusSeconds(10), null);
        OutboxEntry future = entry(NOW.plusSeconds(60), null);
        enqueue(due, future, older);
        OutboxBacklog backlog = tx(s -> s.get(OutboxStore.class).findBacklog(NOW));
        assertThat(backlog).isEqualTo(new OutboxBacklog(3, 2, NOW.minusSeconds(30)));
        claim(NOW, 1, "t1");
        OutboxBacklog afterClaim = tx(s -> s.get(OutboxStore.class).findBacklog(NOW));
        assertThat(afterClaim).as("a claimed entry is in flight, not pending")
                .isEqualTo(new OutboxBacklog(2, 1, NOW.minusSeconds(10)));
    }

    @Test
    void respectsTheLimit() {
        for (int i = 0; i < 5; i++) {
            enqueue(entry(NOW.minusSeconds(i + 1), null));
        }
        assertThat(claim(NOW, 3, "t1")).hasSize(3);
        assertThat(claim(NOW, 3, "t2")).hasSize(2);
        assertThat(claim(NOW, 3, "t3")).isEmpty();
    }

    @Test
    void aValidLeaseKeepsOtherDispatchersAway() {
        OutboxEntry e = entry(NOW, null);
        enqueue(e);
        assertThat(claim(NOW, 10, "first")).hasSize(1);
        assertThat(claim(NOW.plusSeconds(30), 10, "second")).isEmpty();
    }

    @Test
    void anExpiredLeaseIsClaimedAgainAfterADispatcherDiedMidBatch() {
        OutboxEntry a = entry(NOW, null);
        OutboxEntry b = entry(NOW, null);
        enqueue(a, b);
        assertThat(claim(NOW, 10, "dead-dispatcher")).hasSize(2);
        Instant later = NOW.plus(LEASE).plusSeconds(1);
        List<OutboxEntry> again = claim(later, 10, "survivor");
        assertThat(again).extracting(OutboxEntry::id).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(complete(later, done(again.get(0), "dead-dispatcher"))).isEmpty();
        assertThat(complete(later, done(again.get(0), "survivor"), done(again.get(1), "survivor")))
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).find(a.id())).orElseThrow().status()).isEqualTo(OutboxStatus.DONE);
    }

    private static OutboxCompletion done(OutboxEntry e, String token) {
        return new OutboxCompletion(e.id(), token, OutboxStatus.DONE, e.attempts() + 1, e.dueAt(), null, true);
    }

    @Test
    void completionRecordsAttemptsRetriesAndDropsPayloads() {
        OutboxEntry delivered = entry(NOW, null);
        OutboxEntry retried = entry(NOW, null);
        enqueue(delivered, retried);
        claim(NOW, 10, "t");
        Instant retryAt = NOW.plusSeconds(30);
        complete(NOW, done(delivered, "t"),
                new OutboxCompletion(retried.id(), "t", OutboxStatus.PENDING, 1, retryAt, "timeout", false));
        OutboxEntry d = tx(s -> s.get(OutboxStore.class).find(delivered.id())).orElseThrow();
        assertThat(d.status()).isEqualTo(OutboxStatus.DONE);
        assertThat(d.payload()).isEmpty();
        assertThat(d.attempts()).isEqualTo(1);
        OutboxEntry r = tx(s -> s.get(OutboxStore.class).find(retried.id())).orElseThrow();
        assertThat(r.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(r.attempts()).isEqualTo(1);
        assertThat(r.lastError()).isEqualTo("timeout");
        assertThat(r.dueAt()).isEqualTo(retryAt);
        assertThat(r.payload()).containsEntry("k", "v");
        assertThat(claim(NOW.plusSeconds(29), 10, "t2")).isEmpty();
        assertThat(claim(retryAt, 10, "t3")).extracting(OutboxEntry::id).containsExactly(retried.id());
    }

    @Test
    void deadLettersAreListedAndCanBeRedriven() {
        OutboxEntry e = entry(NOW, null);
        enqueue(e);
        claim(NOW, 10, "t");
        complete(NOW, new OutboxCompletion(e.id(), "t", OutboxStatus.DEAD, 8, NOW, "gave up", false));
        Page<OutboxEntry> dead = tx(s -> s.get(OutboxStore.class).list(OutboxStatus.DEAD, PageRequest.first(10)));
        assertThat(dead.items()).extracting(OutboxEntry::id).contains(e.id());
        assertThat(claim(NOW.plusSeconds(3600), 10, "t2")).isEmpty();
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).redrive(e.id(), NOW.plusSeconds(5)))).isTrue();
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).redrive(e.id(), NOW.plusSeconds(5)))).isFalse();
        List<OutboxEntry> again = claim(NOW.plusSeconds(5), 10, "t3");
        assertThat(again).hasSize(1);
        assertThat(again.get(0).attempts()).isZero();
        assertThat(again.get(0).payload()).containsEntry("k", "v");
    }

    @Test
    void listsPageByPageInIdOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            OutboxEntry e = entry(NOW, null);
            ids.add(e.id());
            enqueue(e);
        }
        Collections.sort(ids);
        List<String> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(3);
        while (page != null) {
            PageRequest current = page;
            Page<OutboxEntry> result = tx(s -> s.get(OutboxStore.class).list(OutboxStatus.PENDING, current));
            result.items().forEach(e -> seen.add(e.id()));
            page = current.after(result);
        }
        assertThat(seen).containsExactlyElementsOf(ids);
    }

    @Test
    void cancelsPendingEntriesByKeyOrIdButNotClaimedOnes() {
        OutboxEntry a = entry(NOW.plusSeconds(600), "appointment:1");
        OutboxEntry b = entry(NOW.plusSeconds(700), "appointment:1");
        OutboxEntry other = entry(NOW.plusSeconds(600), "appointment:2");
        OutboxEntry claimed = entry(NOW, "appointment:1");
        enqueue(a, b, other, claimed);
        claim(NOW, 10, "t");
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).cancel("appointment:1", NOW))).extracting(OutboxEntry::id)
                .containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).find(a.id())).orElseThrow().status()).isEqualTo(OutboxStatus.CANCELLED);
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).find(claimed.id())).orElseThrow().status()).isEqualTo(OutboxStatus.IN_FLIGHT);
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).cancelEntry(other.id(), NOW))).isPresent();
        assertThat(tx((Stores s) -> s.get(OutboxStore.class).cancelEntry(other.id(), NOW))).isEmpty();
        assertThat(claim(NOW.plusSeconds(3600), 10, "t2")).as("only the claimed entry, whose lease expired")
                .extracting(OutboxEntry::id).containsExactly(claimed.id());
    }

    @Test
    void concurrentClaimsAreDisjoint() throws Exception {
        int total = 400;
        List<OutboxEntry> entries = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            entries.add(entry(NOW.minusMillis(i), null));
        }
        tx(s -> {
            s.get(OutboxStore.class).appendAll(entries);
            return null;
        });
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        Set<String> claimed = ConcurrentHashMap.newKeySet();
        List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String token = "t" + t;
                futures.add(pool.submit(() -> {
                    while (true) {
                        List<OutboxEntry> batch = claim(NOW, 7, token);
                        if (batch.isEmpty()) {
                            return;
                        }
                        batch.forEach(e -> {
                            if (!claimed.add(e.id())) {
                                duplicates.add(e.id());
                            }
                        });
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(duplicates).isEmpty();
        assertThat(claimed).hasSize(total);
        assertThat(new HashSet<>(claimed)).isEqualTo(entries.stream().map(OutboxEntry::id).collect(java.util.stream.Collectors.toSet()));
    }
}
