package dev.sportello.core.internal.kernel;

import dev.sportello.AuditEntry;
import dev.sportello.AuditVerification;
import dev.sportello.spi.AuditStore;
import dev.sportello.spi.WriteBatch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The audit trail's hash chains (OWASP ASVS 16.4.2): each entry carries the hash of its predecessor in
 * its object's stream, and the store keeps each stream's head. Chaining locks the heads of the streams a
 * transaction writes (in a fixed order, so that two transactions never deadlock on them), chains the new
 * entries after them and moves the heads; verifying walks a stream from its first entry to its head.
 *
 * <p>Thread-safe: stateless.
 */
public final class AuditChains {
    private AuditChains() {
    }

    /**
     * Chains new entries to their streams and moves the heads, in the caller's transaction.
     *
     * @param store   the audit store of the transaction
     * @param entries unchained entries, in the order they were made
     * @return the chained entries, in the same order, to append
     */
    public static List<AuditEntry> chain(AuditStore store, List<AuditEntry> entries) {
        Map<String, List<Integer>> byStream = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byStream.computeIfAbsent(entries.get(i).stream(), s -> new ArrayList<>()).add(i);
        }
        AuditEntry[] chained = new AuditEntry[entries.size()];
        List<AuditStore.Stream> streams = new ArrayList<>(byStream.size());
        for (List<Integer> stream : byStream.values()) {
            AuditEntry first = entries.get(stream.get(0));
            streams.add(new AuditStore.Stream(first.objectType(), first.objectId()));
        }
        Map<AuditStore.Stream, String> locked = store.lockHeads(streams);
        Map<AuditStore.Stream, String> heads = new LinkedHashMap<>();
        int s = 0;
        for (List<Integer> stream : byStream.values()) {
            AuditStore.Stream key = streams.get(s++);
            String previous = locked.get(key);
            for (int i : stream) {
                chained[i] = entries.get(i).chainedAfter(previous);
                previous = chained[i].hash();
            }
            heads.put(key, previous);
        }
        store.moveHeads(heads);
        return List.of(chained);
    }

    /**
     * Chains new entries into a command's write batch: the streams of objects the command created start
     * at {@code ""} and get new heads, the others are locked now (one round trip) and their heads moved in
     * the batch, with the entries.
     *
     * @param store   the audit store of the transaction
     * @param entries unchained entries, in the order they were made
     * @param created the streams of objects the command created (their heads are new)
     * @param batch   the command's writes, to which the entries and the heads are added
     */
    public static void chainInto(AuditStore store, List<AuditEntry> entries, List<AuditStore.Stream> created,
                                 WriteBatch.Builder batch) {
        if (entries.size() == 1 && created.size() == 1) {
            AuditEntry only = entries.get(0);
            AuditStore.Stream stream = created.get(0);
            if (only.objectType().equals(stream.objectType()) && only.objectId().equals(stream.objectId())) {
                AuditEntry chained = only.chainedAfter("");
                batch.add(AuditStore.class, chained);
                batch.newHead(stream, chained.hash());
                return;
            }
        }
        Map<String, List<Integer>> byStream = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byStream.computeIfAbsent(entries.get(i).stream(), s -> new ArrayList<>()).add(i);
        }
        Set<AuditStore.Stream> fresh = new HashSet<>(created);
        List<AuditStore.Stream> streams = new ArrayList<>(byStream.size());
        List<AuditStore.Stream> toLock = new ArrayList<>(byStream.size());
        for (List<Integer> stream : byStream.values()) {
            AuditEntry first = entries.get(stream.get(0));
            AuditStore.Stream key = new AuditStore.Stream(first.objectType(), first.objectId());
            streams.add(key);
            if (!fresh.contains(key)) {
                toLock.add(key);
            }
        }
        Map<AuditStore.Stream, String> locked = toLock.isEmpty() ? Map.of() : store.lockHeads(toLock);
        AuditEntry[] chained = new AuditEntry[entries.size()];
        int s = 0;
        List<Runnable> heads = new ArrayList<>(streams.size());
        for (List<Integer> stream : byStream.values()) {
            AuditStore.Stream key = streams.get(s++);
            boolean isNew = fresh.contains(key);
            String previous = isNew ? "" : locked.get(key);
            for (int i : stream) {
                chained[i] = entries.get(i).chainedAfter(previous);
                previous = chained[i].hash();
            }
            String head = previous;
            heads.add(isNew ? () -> batch.newHead(key, head) : () -> batch.movedHead(key, head));
        }
        batch.addAll(AuditStore.class, List.of(chained));
        heads.forEach(Runnable::run);
    }

    /**
     * Walks a stream: every entry must hash to its recorded hash; from the entry chained to {@code ""},
     * each entry must be the only one chained to its predecessor; every entry must be reached; and the
     * last must be the head. A fork names the branch that does not lead to the head as inserted; an entry
     * whose predecessor is missing, or a head that is not the last entry, means entries were removed.
     *
     * @param entries the stream's entries, in any order
     * @param head    the stored head, empty if the stream has none
     * @return the verdict
     */
    public static AuditVerification verify(List<AuditEntry> entries, Optional<String> head) {
        Map<String, List<AuditEntry>> next = new HashMap<>();
        for (AuditEntry e : entries) {
            if (e.hash() == null || e.previousHash() == null) {
                return AuditVerification.broken(entries.size(), e.id(), "unchained");
            }
            if (!e.chainHash(e.previousHash()).equals(e.hash())) {
                return AuditVerification.broken(entries.size(), e.id(), "changed");
            }
            next.computeIfAbsent(e.previousHash(), k -> new ArrayList<>()).add(e);
        }
        String expectedHead = head.orElse("");
        Set<String> reached = new HashSet<>();
        String current = "";
        AuditEntry last = null;
        while (next.containsKey(current)) {
            List<AuditEntry> successors = next.get(current);
            if (successors.size() > 1) {
                AuditEntry stray = successors.stream().filter(s -> !leadsTo(next, s, expectedHead)).findFirst()
                        .orElse(successors.get(1));
                return AuditVerification.broken(entries.size(), stray.id(), "inserted");
            }
            last = successors.get(0);
            if (!reached.add(last.id())) {
                return AuditVerification.broken(entries.size(), last.id(), "inserted");
            }
            current = last.hash();
        }
        for (AuditEntry e : entries) {
            if (!reached.contains(e.id())) {
                return AuditVerification.broken(entries.size(), e.id(), "removed");
            }
        }
        if (!current.equals(expectedHead)) {
            return AuditVerification.broken(entries.size(), last == null ? null : last.id(), "removed");
        }
        return AuditVerification.intact(entries.size());
    }

    /** Whether the single-successor walk from an entry ends at the head. */
    private static boolean leadsTo(Map<String, List<AuditEntry>> next, AuditEntry from, String head) {
        String current = from.hash();
        for (int steps = 0; steps <= next.size(); steps++) {
            if (current.equals(head)) {
                return true;
            }
            List<AuditEntry> successors = next.get(current);
            if (successors == null || successors.size() != 1) {
                return false;
            }
            current = successors.get(0).hash();
        }
        return false;
    }
}
