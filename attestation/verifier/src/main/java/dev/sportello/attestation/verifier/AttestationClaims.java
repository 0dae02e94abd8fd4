package dev.sportello.attestation.verifier;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The claims of an attestation token (a CWT): issuer (1), expiry (4), issue time (6), token id (7), status (65535)
 * and the attestation ({@value Attestation#CLAIM}). Times are whole seconds. Immutable; thread-safe.
 *
 * @param issuer      the issuer (for example "IT-INPS"), 1-64 characters
 * @param issuedAt    issue time, never null
 * @param expiresAt   expiry, after issuedAt
 * @param tokenId     the token id (cti), 1-32 bytes; copied in and out
 * @param status      where its revocation status is, never null
 * @param attestation the attestation data, never null
 */
public record AttestationClaims(String issuer, Instant issuedAt, Instant expiresAt, byte[] tokenId,
        StatusReference status, Attestation attestation) {
    /**
     * @throws AttestationFormatException when a component is missing or out of range
     */
    public AttestationClaims {
        Check.text(issuer, "issuer", 64);
        Check.present(issuedAt, "issuedAt");
        Check.present(expiresAt, "expiresAt");
        if (issuedAt.getEpochSecond() < 0 || issuedAt.getNano() != 0 || expiresAt.getNano() != 0) {
            throw Check.invalid("issuedAt", "times are whole seconds after 1970");
        }
        if (!expiresAt.isAfter(issuedAt)) {
            throw Check.invalid("expiresAt", "expiresAt is after issuedAt");
        }
        Check.present(tokenId, "tokenId");
        if (tokenId.length == 0 || tokenId.length > 32) {
            throw Check.invalid("tokenId", "a token id is 1-32 bytes");
        }
        tokenId = tokenId.clone();
        Check.present(status, "status");
        Check.present(attestation, "attestation");
    }

    @Override
    public byte[] tokenId() {
        return tokenId.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttestationClaims c && issuer.equals(c.issuer) && issuedAt.equals(c.issuedAt)
                && expiresAt.equals(c.expiresAt) && Arrays.equals(tokenId, c.tokenId) && status.equals(c.status)
                && attestation.equals(c.attestation);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(issuer, issuedAt, expiresAt, Arrays.hashCode(tokenId), status, attestation);
    }

    /** Without the holder's personal data. */
    @Override
    public String toString() {
        return "AttestationClaims[issuer=" + issuer + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt
                + ", tokenId=" + HexFormat.of().formatHex(tokenId) + ", status=" + status + ", category="
                + attestation.category() + "]";
    }
}
