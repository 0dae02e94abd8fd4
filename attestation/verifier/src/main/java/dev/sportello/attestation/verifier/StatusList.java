package dev.sportello.attestation.verifier;

import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;

/**
 * A Token Status List (draft-ietf-oauth-status-list, CWT form) with one bit per attestation: 0 VALID, 1 INVALID.
 * Signed by a key of the trust list; built and signed with {@link #sign}, loaded and checked with {@link #load}.
 * Immutable; thread-safe.
 */
public final class StatusList {
    /** The COSE typ (header 16) of a status list token. */
    public static final String TYPE = "application/statuslist+cwt";
    /** Largest status list (inflated bytes). */
    public static final int MAX_LIST_BYTES = 1 << 20;
    /** Most entries (bits) in a list. */
    public static final long MAX_ENTRIES = 8L * MAX_LIST_BYTES;
    /** The status value of a valid token. */
    public static final int VALID = 0;
    /** The status value of a withdrawn token. */
    public static final int INVALID = 1;

    private final String uri;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private final Duration timeToLive;
    private final byte[] bits;

    StatusList(String uri, Instant issuedAt, Instant expiresAt, Duration timeToLive, byte[] bits) {
        this.uri = uri;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.timeToLive = timeToLive;
        this.bits = bits;
    }

    /**
     * Signs a status list token.
     *
     * @param uri        the list's URI (its {@code sub}, the {@code uri} in the tokens' status claim)
     * @param invalid    the indexes whose status is INVALID
     * @param size       the number of entries, 1 to {@value #MAX_ENTRIES}, above every set index (round it up to
     *                   hide how many tokens were issued)
     * @param issuedAt   issue time (whole seconds)
     * @param expiresAt  after it verifiers must not use it, after issuedAt
     * @param timeToLive how long a verifier may cache it before fetching again; null to leave it out
     * @param signer     a signer whose key is in the trust list
     * @return the COSE_Sign1 bytes
     * @throws AttestationFormatException for a missing or out-of-range value or a failing signer
     */
    public static byte[] sign(String uri, BitSet invalid, long size, Instant issuedAt, Instant expiresAt,
            Duration timeToLive, Signer signer) {
        Check.text(uri, "uri", 256);
        Check.present(invalid, "invalid");
        if (size < 1 || size > MAX_ENTRIES || invalid.length() > size) {
            throw Check.invalid("size", "size is 1-" + MAX_ENTRIES + " and above every invalid index");
        }
        Check.present(issuedAt, "issuedAt");
        Check.present(expiresAt, "expiresAt");
        if (issuedAt.getEpochSecond() < 0 || issuedAt.getNano() != 0 || expiresAt.getNano() != 0 || !expiresAt.isAfter(issuedAt)) {
            throw Check.invalid("expiresAt", "whole seconds after 1970, expiresAt after issuedAt");
        }
        if (timeToLive != null && (timeToLive.isNegative() || timeToLive.isZero() || timeToLive.getNano() != 0)) {
            throw Check.invalid("timeToLive", "a positive number of whole seconds");
        }
        Check.present(signer, "signer");
        byte[] bytes = new byte[(int) ((size + 7) / 8)];
        byte[] set = invalid.toByteArray(); // little-endian: bit i of the set is bit (i % 8) of byte i / 8, as the draft
        System.arraycopy(set, 0, bytes, 0, set.length);
        return CoseSign1.sign(StatusListCodec.encode(uri, issuedAt, expiresAt, timeToLive, bytes), signer, TYPE);
    }

    /**
     * Loads a signed status list token: structure, a signature by a key of the trust list valid at its issue time,
     * and {@code now} between its issue time and expiry. Never throws, whatever the bytes.
     *
     * @param bytes     the downloaded bytes (null and garbage are refused)
     * @param trustList the verified trust list
     * @param now       the current time
     */
    public static Loaded<StatusList> load(byte[] bytes, TrustList trustList, Instant now) {
        return StatusListCodec.load(bytes, trustList, now);
    }

    /** The list's URI. */
    public String uri() {
        return uri;
    }

    /** Its issue time: the "status as of" of the verdicts read from it. */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** Its expiry. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** How long it may be cached, or null. */
    public Duration timeToLive() {
        return timeToLive;
    }

    /** The number of entries (8 per byte). */
    public long size() {
        return 8L * bits.length;
    }

    /** The status at an index ({@link #VALID} or {@link #INVALID}), or -1 when the index is outside the list. */
    public int status(long index) {
        if (index < 0 || index >= size()) {
            return -1;
        }
        return (bits[(int) (index >>> 3)] >>> (int) (index & 7)) & 1;
    }

    @Override
    public String toString() {
        return "StatusList[" + uri + ", issued " + issuedAt + ", expires " + expiresAt + ", " + size() + " entries]";
    }
}
