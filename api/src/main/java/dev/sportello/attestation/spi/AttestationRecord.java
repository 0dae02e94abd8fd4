package dev.sportello.attestation.spi;

import dev.sportello.Arguments;
import dev.sportello.UserId;
import dev.sportello.attestation.AttestationId;
import dev.sportello.attestation.HolderForm;
import dev.sportello.dossiers.DossierId;
import dev.sportello.offices.OfficeCode;

import java.time.Instant;

/**
 * A stored attestation. The QR text is kept so that the image can be rendered again; the store never sees a
 * diagnosis, since the token holds none.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the id, not null
 * @param dossier     the dossier, not null
 * @param owner       the holder, not null
 * @param office      the dossier's managing office, not null
 * @param edition     the medical report's edition it attests, 1 or more
 * @param form        how the holder is named, not null
 * @param keyId       the signing key's id, hex, not null
 * @param listNumber  its status list, 1 or more
 * @param index       its index in that list, 0 or more
 * @param issuedAt    the issue time, not null
 * @param expiresAt   the expiry time, not null
 * @param qrText      the token's QR text, not null
 * @param revokedAt   when it was revoked, or null
 * @param revocation  why, or null (with {@code revokedAt})
 */
public record AttestationRecord(AttestationId id, DossierId dossier, UserId owner, OfficeCode office, int edition,
                                HolderForm form, String keyId, int listNumber, long index, Instant issuedAt,
                                Instant expiresAt, String qrText, Instant revokedAt, String revocation) {
    /**
     * Checks the fields.
     *
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
     */
    public AttestationRecord {
        String t = "AttestationRecord";
        Arguments.required(id, t, "id");
        Arguments.required(dossier, t, "dossier");
        Arguments.required(owner, t, "owner");
        Arguments.required(office, t, "office");
        Arguments.required(form, t, "form");
        Arguments.required(keyId, t, "keyId");
        Arguments.required(issuedAt, t, "issuedAt");
        Arguments.required(expiresAt, t, "expiresAt");
        Arguments.required(qrText, t, "qrText");
        if (edition < 1 || listNumber < 1 || index < 0) {
            throw Arguments.invalid(t, "index", "edition and list from 1, index from 0");
        }
        if ((revokedAt == null) != (revocation == null)) {
            throw Arguments.invalid(t, "revocation", "revokedAt and revocation go together");
        }
    }

    /** Whether it was revoked. */
    public boolean revoked() {
        return revokedAt != null;
    }

    /**
     * This record, revoked.
     *
     * @param at     when
     * @param reason why
     * @return the revoked record
     */
    public AttestationRecord revokedAt(Instant at, String reason) {
        return new AttestationRecord(id, dossier, owner, office, edition, form, keyId, listNumber, index, issuedAt,
                expiresAt, qrText, at, reason);
    }
}
