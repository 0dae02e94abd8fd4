package dev.sportello.attestation.verifier;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The signed list of signer keys that verifiers download: the keys with their windows, the list's issue time, when
 * the next one is due, and when this one stops being usable. Key rotation is several keys with different key ids and
 * windows. Built with {@link #of}, signed by the trust anchor with {@link #sign}, loaded and checked with
 * {@link #load}; see docs/attestation.md for the bytes. Immutable; thread-safe.
 */
public final class TrustList {
    /** The COSE typ (header 16) of a trust list. */
    public static final String TYPE = "application/iv-trustlist+cwt";
    /** Most keys in a list. */
    public static final int MAX_KEYS = 256;

    private final String issuer;
    private final Instant issuedAt;
    private final Instant nextUpdate;
    private final Instant expiresAt;
    private final List<SignerKey> keys;
    private final List<PublicKey> publicKeys;
    private final List<byte[]> keyIds;

    private TrustList(String issuer, Instant issuedAt, Instant nextUpdate, Instant expiresAt, List<SignerKey> keys) {
        this.issuer = issuer;
        this.issuedAt = issuedAt;
        this.nextUpdate = nextUpdate;
        this.expiresAt = expiresAt;
        this.keys = List.copyOf(keys);
        List<PublicKey> parsed = new ArrayList<>(keys.size());
        List<byte[]> ids = new ArrayList<>(keys.size());
        for (SignerKey key : this.keys) {
            parsed.add(key.publicKey());
            ids.add(key.keyId());
        }
        this.publicKeys = List.copyOf(parsed);
        this.keyIds = List.copyOf(ids);
    }

    /**
     * A trust list to sign.
     *
     * @param issuer     who publishes it, 1-64 characters
     * @param issuedAt   its issue time (whole seconds)
     * @param nextUpdate when the next list is due (verifiers should fetch it then), not before issuedAt
     * @param expiresAt  after it the list must not be used, not before nextUpdate
     * @param keys       1 to {@value #MAX_KEYS} signer keys
     * @throws AttestationFormatException when a value is missing or out of order
     */
    public static TrustList of(String issuer, Instant issuedAt, Instant nextUpdate, Instant expiresAt, List<SignerKey> keys) {
        Check.text(issuer, "issuer", 64);
        Check.present(issuedAt, "issuedAt");
        Check.present(nextUpdate, "nextUpdate");
        Check.present(expiresAt, "expiresAt");
        if (issuedAt.getEpochSecond() < 0 || issuedAt.getNano() != 0 || nextUpdate.getNano() != 0 || expiresAt.getNano() != 0) {
            throw Check.invalid("issuedAt", "times are whole seconds after 1970");
        }
        if (nextUpdate.isBefore(issuedAt) || expiresAt.isBefore(nextUpdate)) {
            throw Check.invalid("expiresAt", "issuedAt <= nextUpdate <= expiresAt");
        }
        Check.present(keys, "keys");
        if (keys.isEmpty() || keys.size() > MAX_KEYS || keys.stream().anyMatch(java.util.Objects::isNull)) {
            throw Check.invalid("keys", "1-" + MAX_KEYS + " keys, none null");
        }
        return new TrustList(issuer, issuedAt, nextUpdate, expiresAt, keys);
    }

    /**
     * Signs this list with the trust anchor's signer.
     *
     * @throws AttestationFormatException when the signer is missing or fails
     */
    public byte[] sign(Signer anchor) {
        Check.present(anchor, "anchor");
        return CoseSign1.sign(TrustListCodec.encode(this), anchor, TYPE);
    }

    /**
     * Loads a signed trust list: checks the structure, the anchor's signature and that {@code now} is between its
     * issue time and its expiry. Never throws, whatever the bytes.
     *
     * @param bytes  the downloaded bytes (null and garbage are refused)
     * @param anchor the configured trust anchor
     * @param now    the current time
     */
    public static Loaded<TrustList> load(byte[] bytes, TrustAnchor anchor, Instant now) {
        return TrustListCodec.load(bytes, anchor, now);
    }

    /** Who publishes it. */
    public String issuer() {
        return issuer;
    }

    /** Its issue time. */
    public Instant issuedAt() {
        return issuedAt;
    }

    /** When the next list is due. */
    public Instant nextUpdate() {
        return nextUpdate;
    }

    /** After it the list must not be used. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** The signer keys, in list order. */
    public List<SignerKey> keys() {
        return keys;
    }

    /** Indexes of the keys with this key id, in list order. */
    List<Integer> indexesOf(byte[] keyId) {
        List<Integer> found = new ArrayList<>(1);
        for (int i = 0; i < keys.size(); i++) {
            if (Arrays.equals(keyIds.get(i), keyId)) {
                found.add(i);
            }
        }
        return found;
    }

    PublicKey publicKey(int index) {
        return publicKeys.get(index);
    }

    @Override
    public String toString() {
        return "TrustList[" + issuer + ", issued " + issuedAt + ", next " + nextUpdate + ", expires " + expiresAt
                + ", " + keys.size() + " keys]";
    }
}
