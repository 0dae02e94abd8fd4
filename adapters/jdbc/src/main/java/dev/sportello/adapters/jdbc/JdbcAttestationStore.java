package dev.sportello.adapters.jdbc;

import dev.sportello.UserId;
import dev.sportello.attestation.AttestationId;
import dev.sportello.attestation.HolderForm;
import dev.sportello.attestation.spi.AttestationRecord;
import dev.sportello.attestation.spi.AttestationStore;
import dev.sportello.dossiers.DossierId;
import dev.sportello.offices.OfficeCode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Attestations on PostgreSQL or H2. An entry is allocated by an upsert ({@code UPDATE} on H2) of the one counter row,
 * whose row lock makes concurrent issuers wait for each other until commit. Not thread-safe: one transaction.
 */
final class JdbcAttestationStore implements AttestationStore {
    private static final String COLUMNS = "attestation_id, dossier_id, owner_id, office, edition, holder_form, key_id, "
            + "list_number, list_index, issued_at, expires_at, qr_text, revoked_at, revocation";

    private final Db db;

    JdbcAttestationStore(Db db) {
        this.db = db;
    }

    @Override
    public long allocateEntry() {
        if (db.dialect == Dialect.POSTGRESQL) {
            return db.one("INSERT INTO sportello_attestation_entries (id, allocated) VALUES (1, 1) ON CONFLICT (id) "
                    + "DO UPDATE SET allocated = sportello_attestation_entries.allocated + 1 RETURNING allocated",
                    rs -> rs.getLong(1)).orElseThrow() - 1;
        }
        try {   // the migration inserts the row; a table emptied since then gets it back (a racing insert is a duplicate)
            db.update("INSERT INTO sportello_attestation_entries (id, allocated) SELECT 1, 0 WHERE NOT EXISTS "
                    + "(SELECT 1 FROM sportello_attestation_entries WHERE id = 1)");
        } catch (JdbcFailure e) {
            if (!e.isDuplicateKey()) {
                throw e;
            }
        }
        db.update("UPDATE sportello_attestation_entries SET allocated = allocated + 1 WHERE id = 1");
        return allocatedEntries() - 1;
    }

    @Override
    public long allocatedEntries() {
        return db.one("SELECT allocated FROM sportello_attestation_entries WHERE id = 1", rs -> rs.getLong(1)).orElse(0L);
    }

    @Override
    public void insert(AttestationRecord r) {
        db.update("INSERT INTO sportello_attestations (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id().value(), r.dossier().value(), r.owner().value(), r.office().value(), r.edition(), r.form().name(),
                r.keyId(), r.listNumber(), r.index(), r.issuedAt(), r.expiresAt(), r.qrText(), r.revokedAt(), r.revocation());
    }

    @Override
    public Optional<AttestationRecord> find(AttestationId id) {
        return db.one("SELECT " + COLUMNS + " FROM sportello_attestations WHERE attestation_id = ?", JdbcAttestationStore::row,
                id.value());
    }

    @Override
    public List<AttestationRecord> byDossier(DossierId dossier) {
        return db.query("SELECT " + COLUMNS + " FROM sportello_attestations WHERE dossier_id = ? ORDER BY issued_at, "
                + "list_number, list_index", JdbcAttestationStore::row, dossier.value());
    }

    @Override
    public boolean revoke(AttestationId id, Instant at, String reason) {
        return db.update("UPDATE sportello_attestations SET revoked_at = ?, revocation = ? WHERE attestation_id = ? "
                + "AND revoked_at IS NULL", at, reason, id.value()) == 1;
    }

    @Override
    public List<Long> revokedIndexes(int listNumber) {
        return db.query("SELECT list_index FROM sportello_attestations WHERE list_number = ? AND revoked_at IS NOT NULL",
                rs -> rs.getLong(1), listNumber);
    }

    private static AttestationRecord row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AttestationRecord(new AttestationId(Db.uuid(rs, "attestation_id")), DossierId.of(rs.getString("dossier_id")),
                new UserId(Db.uuid(rs, "owner_id")), new OfficeCode(rs.getString("office")), rs.getInt("edition"),
                HolderForm.valueOf(rs.getString("holder_form")), rs.getString("key_id"), rs.getInt("list_number"),
                rs.getLong("list_index"), Db.instant(rs, "issued_at"), Db.instant(rs, "expires_at"), rs.getString("qr_text"),
                Db.instant(rs, "revoked_at"), rs.getString("revocation"));
    }
}
