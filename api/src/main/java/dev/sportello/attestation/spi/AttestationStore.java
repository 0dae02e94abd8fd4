package dev.sportello.attestation.spi;

import dev.sportello.attestation.AttestationId;
import dev.sportello.dossiers.DossierId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Issued attestations and the allocation of their status-list entries. Part of a transaction; not thread-safe.
 * A storage without it runs without attestations: every attestation call is refused with
 * {@code ADAPTER_STORE_MISSING} (and a new edition of a medical report revokes nothing).
 */
public interface AttestationStore {
    /**
     * Allocates the next status-list entry, numbered from 0 across all lists: each call returns a number no
     * call returned before, also under concurrent transactions (a rolled-back allocation may leave a gap).
     *
     * @return the entry's number
     */
    long allocateEntry();

    /**
     * The number of entries allocated so far (the next {@link #allocateEntry()} returns at least this).
     *
     * @return 0 or more
     */
    long allocatedEntries();

    /**
     * Stores a new attestation.
     *
     * @param record the attestation, not null, with a new id
     */
    void insert(AttestationRecord record);

    /**
     * An attestation.
     *
     * @param id the id, not null
     * @return the attestation, if any
     */
    Optional<AttestationRecord> find(AttestationId id);

    /**
     * A dossier's attestations, in issue order.
     *
     * @param dossier the dossier, not null
     * @return the attestations; never null
     */
    List<AttestationRecord> byDossier(DossierId dossier);

    /**
     * Marks an attestation revoked.
     *
     * @param id     the id, not null
     * @param at     when, not null
     * @param reason why, not null
     * @return true if it was not revoked before (false: unknown or already revoked, nothing changed)
     */
    boolean revoke(AttestationId id, Instant at, String reason);

    /**
     * The indexes of the revoked attestations of one status list.
     *
     * @param listNumber the list, from 1
     * @return the indexes, in any order; never null
     */
    List<Long> revokedIndexes(int listNumber);
}
