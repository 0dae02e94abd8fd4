package dev.sportello.spi;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the transactional outbox: an event for the event sink, a message for a channel, or a
 * task the SDK scheduled for itself. Its id is also the idempotency key handed to the receiver.
 *
 * <p>Built with {@link #builder()} or {@link #toBuilder()}: fields are added in later versions
 * without breaking adapters (source or binary), which a positional record would.
 *
 * <p>Immutable and thread-safe.
 */
public final class OutboxEntry {
    private record Fields(String id, OutboxKind kind, String type, Map<String, String> payload,
                          Instant dueAt, String cancelKey, OutboxStatus status, int attempts,
                          String lastError, String leaseToken, Instant leaseUntil, Instant createdAt,
                          Instant updatedAt) {
    }

    private final Fields f;

    private OutboxEntry(Fields f) {
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
        b.kind = f.kind;
        b.type = f.type;
        b.payload = f.payload;
        b.dueAt = f.dueAt;
        b.cancelKey = f.cancelKey;
        b.status = f.status;
        b.attempts = f.attempts;
        b.lastError = f.lastError;
        b.leaseToken = f.leaseToken;
        b.leaseUntil = f.leaseUntil;
        b.createdAt = f.createdAt;
        b.updatedAt = f.updatedAt;
        return b;
    }

    /** Unique id (time-ordered UUID text), also the idempotency key; never null. */
    public String id() { return f.id; }

    /** What it carries; never null. */
    public OutboxKind kind() { return f.kind; }

    /** The event type, message kind or task name; never null. */
    public String type() { return f.type; }

    /** Flat string attributes (emptied once a message is delivered); never null, immutable. */
    public Map<String, String> payload() { return f.payload; }

    /** Not to be delivered before this instant; never null. */
    public Instant dueAt() { return f.dueAt; }

    /** The key of entries cancelled together; may be null. */
    public String cancelKey() { return f.cancelKey; }

    /** State (PENDING unless set); never null. */
    public OutboxStatus status() { return f.status; }

    /** Delivery attempts so far. */
    public int attempts() { return f.attempts; }

    /** The last failure, without personal data; may be null. */
    public String lastError() { return f.lastError; }

    /** The claim that holds it while IN_FLIGHT; may be null. */
    public String leaseToken() { return f.leaseToken; }

    /** When that claim expires; may be null. */
    public Instant leaseUntil() { return f.leaseUntil; }

    /** Creation time; never null. */
    public Instant createdAt() { return f.createdAt; }

    /** Last change; never null. */
    public Instant updatedAt() { return f.updatedAt; }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutboxEntry o && f.equals(o.f);
    }

    @Override
    public int hashCode() {
        return f.hashCode();
    }

    @Override
    public String toString() {
        return "OutboxEntry" + f.toString().substring("Fields".length());
    }

    /** Collects the fields of a {@link OutboxEntry}; not thread-safe. */
    public static final class Builder {
        private String id;
        private OutboxKind kind;
        private String type;
        private Map<String, String> payload = Map.of();
        private Instant dueAt;
        private String cancelKey;
        private OutboxStatus status = OutboxStatus.PENDING;
        private int attempts;
        private String lastError;
        private String leaseToken;
        private Instant leaseUntil;
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {
        }

        /** Sets {@link OutboxEntry#id()} (not null); returns this builder. */
        public Builder id(String value) { this.id = value; return this; }

        /** Sets {@link OutboxEntry#kind()} (not null); returns this builder. */
        public Builder kind(OutboxKind value) { this.kind = value; return this; }

        /** Sets {@link OutboxEntry#type()} (not null); returns this builder. */
        public Builder type(String value) { this.type = value; return this; }

        /** Sets {@link OutboxEntry#payload()} (not null); returns this builder. */
        public Builder payload(Map<String, String> value) { this.payload = value; return this; }

        /** Sets {@link OutboxEntry#dueAt()} (not null); returns this builder. */
        public Builder dueAt(Instant value) { this.dueAt = value; return this; }

        /** Sets {@link OutboxEntry#cancelKey()} (or null); returns this builder. */
        public Builder cancelKey(String value) { this.cancelKey = value; return this; }

        /** Sets {@link OutboxEntry#status()} (not null); returns this builder. */
        public Builder status(OutboxStatus value) { this.status = value; return this; }

        /** Sets {@link OutboxEntry#attempts()}; returns this builder. */
        public Builder attempts(int value) { this.attempts = value; return this; }

        /** Sets {@link OutboxEntry#lastError()} (or null); returns this builder. */
        public Builder lastError(String value) { this.lastError = value; return this; }

        /** Sets {@link OutboxEntry#leaseToken()} (or null); returns this builder. */
        public Builder leaseToken(String value) { this.leaseToken = value; return this; }

        /** Sets {@link OutboxEntry#leaseUntil()} (or null); returns this builder. */
        public Builder leaseUntil(Instant value) { this.leaseUntil = value; return this; }

        /** Sets {@link OutboxEntry#createdAt()} (not null); returns this builder. */
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }

        /** Sets {@link OutboxEntry#updatedAt()} (not null); returns this builder. */
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }

        /**
         * The object.
         *
         * @return the OutboxEntry
         * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} if a field that
         *                                               may not be null is unset
         */
        public OutboxEntry build() {
            Required.value(id, "OutboxEntry", "id");
            Required.value(kind, "OutboxEntry", "kind");
            Required.value(type, "OutboxEntry", "type");
            Required.value(dueAt, "OutboxEntry", "dueAt");
            Required.value(status, "OutboxEntry", "status");
            Required.value(createdAt, "OutboxEntry", "createdAt");
            Required.value(updatedAt, "OutboxEntry", "updatedAt");
            return new OutboxEntry(new Fields(id, kind, type, Required.map(payload, "OutboxEntry", "payload"), dueAt,
                    cancelKey, status, attempts, lastError, leaseToken, leaseUntil, createdAt,
                    updatedAt));
        }
    }
}
