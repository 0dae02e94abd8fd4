package dev.sportello.attestation.verifier;

import java.time.Instant;

/**
 * What {@link AttestationVerifier#verify} answers: exactly one of valid, expired (or not yet valid), revoked,
 * status unavailable, unknown key, bad signature or malformed. Only {@link Valid} means "accept". Immutable;
 * thread-safe. Key ids are lower-case hex; reasons are short English phrases without personal data.
 */
public sealed interface Verdict {
    /** Whether this verdict accepts the attestation. */
    default boolean isValid() {
        return this instanceof Valid;
    }

    /**
     * Signature, key, times and status all check out.
     *
     * @param claims     the decoded claims
     * @param keyId      the signer's key id
     * @param statusAsOf the issue time of the status list the status was read from
     */
    record Valid(AttestationClaims claims, String keyId, Instant statusAsOf) implements Verdict {
    }

    /**
     * Correctly signed, but {@code now} is after the expiry or before the issue time.
     *
     * @param issuedAt    the token's issue time
     * @param expiresAt   the token's expiry
     * @param notYetValid true when {@code now} is before the issue time
     */
    record Expired(Instant issuedAt, Instant expiresAt, boolean notYetValid) implements Verdict {
    }

    /**
     * Correctly signed and in time, but its bit in the status list is INVALID.
     *
     * @param statusUri  the status list's URI
     * @param index      the token's index in it
     * @param statusAsOf the issue time of the status list
     */
    record Revoked(String statusUri, long index, Instant statusAsOf) implements Verdict {
    }

    /**
     * Correctly signed and in time, but its status cannot be read: no status list, a list for another URI,
     * an expired list, or an index beyond the list.
     *
     * @param reason what is missing
     */
    record StatusUnavailable(String reason) implements Verdict {
    }

    /**
     * No key of the trust list has the token's key id, none of them was valid at the issue time, or the trust list
     * itself has expired.
     *
     * @param keyId  the token's key id (empty when it had none)
     * @param reason which of these
     */
    record UnknownKey(String keyId, String reason) implements Verdict {
    }

    /**
     * Keys with the token's key id exist, and the signature verifies with none of them.
     *
     * @param keyId the token's key id
     */
    record BadSignature(String keyId) implements Verdict {
    }

    /**
     * The text is not a well-formed attestation (prefix, Base45, zlib, CBOR, COSE or claims).
     *
     * @param reason what is wrong
     */
    record Malformed(String reason) implements Verdict {
    }
}
