package dev.sportello.tck;

import dev.sportello.UserId;
import dev.sportello.attestation.AttestationId;
import dev.sportello.attestation.HolderForm;
import dev.sportello.attestation.spi.AttestationRecord;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.dossiers.DossierId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Stores;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of {@link AttestationStore}: every field round-trips, a dossier's attestations come in issue order, a
 * revocation happens once and shows in its list's revoked indexes only, entries are never handed out twice (also
 * to concurrent transactions), and a rolled-back transaction leaves nothing. Not thread-safe: one instance per test.
 */
public abstract class AttestationStoreContract extends StorageContract {
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00Z");

    private static AttestationRecord record(DossierId dossier, int list, long index, Instant issuedAt) {
        return new AttestationRecord(new AttestationId(UUID.randomUUID()), dossier, new UserId(UUID.randomUUID()),
                new OfficeCode("CAGLIARI"), 2, HolderForm.DOCUMENT_REFERENCE, "0a1b2c3d4e5f6071", list, index, issuedAt,
                issuedAt.plus(180, ChronoUnit.DAYS), "IV1:6BFOXN*TS0BI$ZD-PHQ7I9AD66V5B22CH9M9ESI9XBHXK-%69LQOGI.*V76GCV4*XUA2P-FHT-HNXHMZ",
                null, null);
    }

    private static DossierId dossier() {
        return DossierId.of("ATT-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void everyFieldRoundTripsAndADossiersAttestationsComeInIssueOrder() {
        DossierId dossier = dossier();
        AttestationRecord first = record(dossier, 1, 7, AT);
        AttestationRecord second = record(dossier, 2, 0, AT.plusSeconds(60));
        tx((Stores s) -> {
            s.get(AttestationStore.class).insert(second);
            s.get(AttestationStore.class).insert(first);
            s.get(AttestationStore.class).insert(record(dossier(), 1, 8, AT));
            return null;
        });
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).find(first.id()))).contains(first);
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).byDossier(dossier))).containsExactly(first, second);
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).find(new AttestationId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void aRevocationHappensOnceAndShowsInItsListOnly() {
        DossierId dossier = dossier();
        AttestationRecord a = record(dossier, 1, 3, AT);
        AttestationRecord b = record(dossier, 2, 3, AT);
        tx((Stores s) -> {
            s.get(AttestationStore.class).insert(a);
            s.get(AttestationStore.class).insert(b);
            return null;
        });
        Instant when = AT.plusSeconds(3600);
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).revoke(a.id(), when, "REPLACED_BY_EDITION_3"))).isTrue();
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).revoke(a.id(), when.plusSeconds(1), "again"))).isFalse();
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).revoke(new AttestationId(UUID.randomUUID()), when, "x")))
                .isFalse();
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).find(a.id()))).contains(a.revokedAt(when, "REPLACED_BY_EDITION_3"));
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).revokedIndexes(1))).contains(3L);
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).revokedIndexes(2))).doesNotContain(3L);
    }

    @Test
    void entriesAreNeverHandedOutTwiceEvenToConcurrentTransactions() throws Exception {
        long before = tx((Stores s) -> s.get(AttestationStore.class).allocatedEntries());
        int threads = 4;
        int each = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Long>> work = () -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        mine.add(tx((Stores s) -> s.get(AttestationStore.class).allocateEntry()));
                    }
                    return mine;
                };
                futures.add(pool.submit(work));
            }
            start.countDown();
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(threads * each).allMatch(n -> n >= before);
            assertThat(tx((Stores s) -> s.get(AttestationStore.class).allocatedEntries())).isEqualTo(before + threads * each);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackTransactionLeavesNothing() {
        AttestationRecord r = record(dossier(), 1, 9, AT);
        long before = tx((Stores s) -> s.get(AttestationStore.class).allocatedEntries());
        assertThatThrownBy(() -> tx((Stores s) -> {
            s.get(AttestationStore.class).allocateEntry();
            s.get(AttestationStore.class).insert(r);
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).find(r.id()))).isEmpty();
        assertThat(tx((Stores s) -> s.get(AttestationStore.class).allocatedEntries())).isEqualTo(before);
    }
}
