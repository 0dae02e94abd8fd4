package dev.sportello.attestation;

import dev.sportello.Arguments;

import java.time.Instant;

/**
 * An issued attestation: the QR text (prefix {@code IV1:}, Base45, the alphanumeric QR alphabet) and where a
 * verifier finds its key and its revocation status.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id            the attestation's id, not null
 * @param qrText        the text to render as a QR code, not null
 * @param keyId         the signing key's id, hex (8 bytes), not null
 * @param issuedAt      the issue time, whole seconds, not null
 * @param expiresAt     the expiry time, whole seconds, not null
 * @param statusListUri the status list holding its revocation bit, not null
 * @param statusIndex   its index in that list, 0 or more
 */
public record IssuedAttestation(AttestationId id, String qrText, String keyId, Instant issuedAt, Instant expiresAt,
                                String statusListUri, long statusIndex) {
    /**
     * Checks the fields.
     *
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
     */
    public IssuedAttestation {
        Arguments.required(id, "IssuedAttestation", "id");
        Arguments.required(qrText, "IssuedAttestation", "qrText");
        Arguments.required(keyId, "IssuedAttestation", "keyId");
        Arguments.required(issuedAt, "IssuedAttestation", "issuedAt");
        Arguments.required(expiresAt, "IssuedAttestation", "expiresAt");
        Arguments.required(statusListUri, "IssuedAttestation", "statusListUri");
        if (statusIndex < 0) {
            throw Arguments.invalid("IssuedAttestation", "statusIndex", "must not be negative");
        }
    }
}
