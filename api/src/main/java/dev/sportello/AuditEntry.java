package dev.sportello;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One line of the audit trail: who acted, on whose behalf and through which delegation (R-DEL-5), what, on
 * which object, when, and whether it was allowed. Holds ids only, never personal data.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class AuditEntry {
    /** Whether an audited action happened. */
    public enum Outcome {
        /** The action was carried out. */
        SUCCEEDED,
        /** The action was refused for lack of rights. */
        DENIED
    }

    private record Fields(String id, Instant at, PartyId actor, UserId onBehalfOf, DelegationId delegation,
                          String action, String objectType, String objectId, Outcome outcome,
                          ErrorCode errorCode, String previousHash, String hash) {
    }

    private final Fields f;

    private AuditEntry(Fields f) {
        this.f = f;
    }

    /** A builder with every field unset; not thread-safe. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this object's fields, to derive a changed copy; not thread-safe. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = f.id;
        b.at = f.at;
        b.actor = f.actor;
        b.onBehalfOf = f.onBehalfOf;
        b.delegation = f.delegation;
        b.action = f.action;
        b.objectType = f.objectType;
        b.objectId = f.objectId;
        b.outcome = f.outcome;
        b.errorCode = f.errorCode;
        b.previousHash = f.previousHash;
        b.hash = f.hash;
        return b;
    }

    /** The id of the entry (time-ordered UUID text); never null. */
    public String id() { return f.id; }

    /** When, in UTC; never null. */
    public Instant at() { return f.at; }

    /** Who acted; never null. */
    public PartyId actor() { return f.actor; }

    /** The represented user; may be null. */
    public UserId onBehalfOf() { return f.onBehalfOf; }

    /** The delegation the actor used to act for the represented user; may be null. */
    public DelegationId delegation() { return f.delegation; }

    /** What was done, e.g. {@code USER_REGISTERED}; never null. */
    public String action() { return f.action; }

    /** The kind of object, e.g. {@code user}; never null. */
    public String objectType() { return f.objectType; }

    /** The object's id; never null. */
    public String objectId() { return f.objectId; }

    /** Whether the action happened or was denied; never null. */
    public Outcome outcome() { return f.outcome; }

    /** For a denial, the error code; may be null. */
    public ErrorCode errorCode() { return f.errorCode; }

    /**
     * The hash of the entry before this one in the object's stream ({@code ""} for the first); null for
     * an entry not yet chained (or written before the chain existed).
     */
    public String previousHash() { return f.previousHash; }

    /** This entry's hash, {@link #chainHash(String) chainHash(previousHash())}; null if not chained. */
    public String hash() { return f.hash; }

    /** The stream the entry belongs to: its object, {@code objectType:objectId}. */
    public String stream() {
        return f.objectType + ":" + f.objectId;
    }

    /**
     * The hash that chains this entry to its predecessor: SHA-256, in lower-case hex, of the predecessor's
     * hash and every field of this entry but the two hashes, each written in a fixed text form and
     * separated by a unit separator. Any change to a field, or a different predecessor, changes it.
     *
     * @param previousHash the predecessor's hash, {@code ""} for the first entry; null is refused with
     *                     {@code VALUE_REQUIRED}
     * @return the hash, 64 hex digits
     */
    public String chainHash(String previousHash) {
        Arguments.required(previousHash, "AuditEntry", "previousHash");
        String text = String.join("\u001f", previousHash, f.id, Long.toString(f.at.getEpochSecond()),
                Integer.toString(f.at.getNano()), f.actor.asText(), f.onBehalfOf == null ? "" : f.onBehalfOf.toString(),
                f.delegation == null ? "" : f.delegation.toString(), f.action, f.objectType, f.objectId, f.outcome.name(),
                f.errorCode == null ? "" : f.errorCode.name());
        return HexFormat.of().formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** One digest per thread: looking the algorithm up for every entry cost more than hashing it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    /**
     * This entry chained after a predecessor: the same fields with {@link #previousHash()} and
     * {@link #hash()} set.
     *
     * @param previousHash the predecessor's hash, {@code ""} for the first entry, not null
     * @return the chained entry
     */
    public AuditEntry chainedAfter(String previousHash) {
        return toBuilder().previousHash(previousHash).hash(chainHash(previousHash)).build();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditEntry o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "AuditEntry" + f.toString().substring("Fields".length());
    }

    /** Collects the fields of a {@link AuditEntry}; not thread-safe. */
    public static final class Builder {
        private String id;
        private Instant at;
        private PartyId actor;
        private UserId onBehalfOf;
        private DelegationId delegation;
        private String action;
        private String objectType;
        private String objectId;
        private Outcome outcome;
        private ErrorCode errorCode;
        private String previousHash;
        private String hash;

        private Builder() {
        }

        /** Sets {@link AuditEntry#id()} (not null); returns this builder. */
        public Builder id(String value) { this.id = value; return this; }

        /** Sets {@link AuditEntry#at()} (not null); returns this builder. */
        public Builder at(Instant value) { this.at = value; return this; }

        /** Sets {@link AuditEntry#actor()} (not null); returns this builder. */
        public Builder actor(PartyId value) { this.actor = value; return this; }

        /** Sets {@link AuditEntry#onBehalfOf()} (or null); returns this builder. */
        public Builder onBehalfOf(UserId value) { this.onBehalfOf = value; return this; }

        /** Sets {@link AuditEntry#delegation()} (or null); returns this builder. */
        public Builder delegation(DelegationId value) { this.delegation = value; return this; }

        /** Sets {@link AuditEntry#action()} (not null); returns this builder. */
        public Builder action(String value) { this.action = value; return this; }

        /** Sets {@link AuditEntry#objectType()} (not null); returns this builder. */
        public Builder objectType(String value) { this.objectType = value; return this; }

        /** Sets {@link AuditEntry#objectId()} (not null); returns this builder. */
        public Builder objectId(String value) { this.objectId = value; return this; }

        /** Sets {@link AuditEntry#outcome()} (not null); returns this builder. */
        public Builder outcome(Outcome value) { this.outcome = value; return this; }

        /** Sets {@link AuditEntry#errorCode()} (or null); returns this builder. */
        public Builder errorCode(ErrorCode value) { this.errorCode = value; return this; }

        /** Sets {@link AuditEntry#previousHash()} (or null); returns this builder. */
        public Builder previousHash(String value) { this.previousHash = value; return this; }

        /** Sets {@link AuditEntry#hash()} (or null); returns this builder. */
        public Builder hash(String value) { this.hash = value; return this; }

        /**
         * The object.
         *
         * @return the AuditEntry
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public AuditEntry build() {
            Checks.value(id, "AuditEntry", "id");
            Checks.value(at, "AuditEntry", "at");
            Checks.value(actor, "AuditEntry", "actor");
            Checks.value(action, "AuditEntry", "action");
            Checks.value(objectType, "AuditEntry", "objectType");
            Checks.value(objectId, "AuditEntry", "objectId");
            Checks.value(outcome, "AuditEntry", "outcome");
            return new AuditEntry(new Fields(id, at, actor, onBehalfOf, delegation, action, objectType, objectId, outcome,
                    errorCode, previousHash, hash));
        }
    }

    /** Checks of the builder; they fail with {@code ADAPTER_DATA_INVALID}. */
    private static final class Checks {
        private Checks() {
        }

        static <T> T value(T value, String type, String field) {
            if (value == null) {
                throw SportelloException.of(ErrorCode.ADAPTER_DATA_INVALID, java.util.Map.of("type", type, "field", field));
            }
            return value;
        }
    }
}
