package dev.sportello.attestation;

import dev.sportello.Principal;

/**
 * The QR attestation of the status a dossier's medical report attests (R-DOS-5): {@code sdk.attestations()}.
 * A token holds minimal data (the holder's name and birth date or a document reference, the status category,
 * the percentage band, the validity), never a diagnosis; it is signed as COSE_Sign1 and verified offline by
 * {@code sportello-attestation-verifier} against {@link #trustList()} and {@link #statusList(int)}. Issuing,
 * rendering and e-mailing check the principal: the holder, a delegate whose delegation covers
 * {@code ATTESTATION_ISSUE}, or an operator of the dossier's managing office; denials are audited. A new edition
 * of the medical report, or a report whose status is no longer attested, revokes the earlier tokens in the
 * feed's own transaction.
 *
 * <p>Thread-safe. Every method throws a {@link dev.sportello.SportelloException} with a stable code; null
 * arguments are refused with {@code VALUE_REQUIRED}.
 */
public interface Attestations {
    /**
     * Issues an attestation of the dossier's current, attested status ({@code ATTESTATION_ISSUE}). It expires at
     * the earliest of the report's review date and the configured lifetime (180 days by default).
     *
     * @param principal who asks
     * @param command   the dossier and the holder's form
     * @return the attestation with its QR text
     * @throws dev.sportello.SportelloException {@code DOS_NOT_FOUND}, {@code MED_REPORT_NOT_FOUND},
     *         {@code MED_STATUS_NOT_ATTESTED}, {@code ATT_VALIDITY_OVER}, {@code ATT_SIGNING_FAILED}, access codes;
     *         nothing is stored then
     */
    IssuedAttestation issue(Principal principal, IssueAttestation command);

    /**
     * The attestation's QR code as an image ({@code ATTESTATION_ISSUE}).
     *
     * @param principal   who asks
     * @param attestation the attestation
     * @param format      PNG or SVG
     * @return the image
     * @throws dev.sportello.SportelloException {@code ATT_NOT_FOUND}, {@code ATT_REVOKED}, access codes
     */
    QrImage qr(Principal principal, AttestationId attestation, QrFormat format);

    /**
     * E-mails the attestation's QR code (PNG attachment) to the holder's verified address, after commit
     * ({@code ATTESTATION_ISSUE}).
     *
     * @param principal   who asks
     * @param attestation the attestation
     * @throws dev.sportello.SportelloException {@code ATT_NOT_FOUND}, {@code ATT_REVOKED},
     *         {@code ATT_EMAIL_NOT_VERIFIED}, access codes
     */
    void email(Principal principal, AttestationId attestation);

    /**
     * Revokes an attestation ({@code ATTESTATION_REVOKE}: an operator of the dossier's managing office or a
     * service granted it); the next status list carries its bit.
     *
     * @param principal   who revokes
     * @param attestation the attestation
     * @param reason      why, 1–200 characters (kept in the store, never in the token)
     * @throws dev.sportello.SportelloException {@code ATT_NOT_FOUND}, {@code ATT_REVOKED} (already), access codes
     */
    void revoke(Principal principal, AttestationId attestation, String reason);

    /**
     * The signed trust list (issuer, signing keys with their windows) that verifiers download. Public: no
     * principal is needed, as it holds public keys only.
     *
     * @return the COSE_Sign1 bytes, signed by the trust-list anchor
     * @throws dev.sportello.SportelloException {@code ATT_SIGNING_FAILED}
     */
    byte[] trustList();

    /**
     * A signed status list (IETF Token Status List, one bit an entry, set when revoked). Public: no principal is
     * needed, as it holds bits only.
     *
     * @param listNumber the list, from 1 (its URI is the status base URI, {@code /}, the number)
     * @return the signed list
     * @throws dev.sportello.SportelloException {@code ATT_STATUS_LIST_UNKNOWN} below 1 or beyond the lists in use,
     *         {@code ATT_SIGNING_FAILED}
     */
    byte[] statusList(int listNumber);
}
