package dev.sportello.adapters.memory;

import dev.sportello.attestation.AttestationId;
import dev.sportello.attestation.spi.AttestationRecord;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.dossiers.DossierId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attestations in memory; every write is undone on rollback. The entry counter is safe under concurrent issuers
 * because the store's lock group serialises the transactions that use it. Not thread-safe: one transaction.
 */
final class MemoryAttestationStore implements AttestationStore {
    private static final String ENTRIES = "entries";
    private final MemoryData data;
    private final UndoLog undo;

    MemoryAttestationStore(MemoryData data, UndoLog undo) {
        this.data = data;
        this.undo = undo;
    }

    @Override
    public long allocateEntry() {
        long next = allocatedEntries();
        undo.put(data.attestationEntries, ENTRIES, next + 1);
        return next;
    }

    @Override
    public long allocatedEntries() {
        return data.attestationEntries.getOrDefault(ENTRIES, 0L);
    }

    @Override
    public void insert(AttestationRecord record) {
        if (data.attestations.containsKey(record.id())) {
            throw new IllegalStateException("attestation " + record.id() + " exists");
        }
        undo.put(data.attestations, record.id(), record);
    }

    @Override
    public Optional<AttestationRecord> find(AttestationId id) {
        return Optional.ofNullable(data.attestations.get(id));
    }

    @Override
    public List<AttestationRecord> byDossier(DossierId dossier) {
        List<AttestationRecord> found = new ArrayList<>();
        for (AttestationRecord r : data.attestations.values()) {
            if (r.dossier().equals(dossier)) {
                found.add(r);
            }
        }
        found.sort(java.util.Comparator.comparing(AttestationRecord::issuedAt).thenComparingInt(AttestationRecord::listNumber)
                .thenComparingLong(AttestationRecord::index));
        return found;
    }

    @Override
    public boolean revoke(AttestationId id, Instant at, String reason) {
        AttestationRecord r = data.attestations.get(id);
        if (r == null || r.revoked()) {
            return false;
        }
        undo.put(data.attestations, id, r.revokedAt(at, reason));
        return true;
    }

    @Override
    public List<Long> revokedIndexes(int listNumber) {
        List<Long> indexes = new ArrayList<>();
        for (AttestationRecord r : data.attestations.values()) {
            if (r.revoked() && r.listNumber() == listNumber) {
                indexes.add(r.index());
            }
        }
        return indexes;
    }
}
