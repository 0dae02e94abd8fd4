package dev.sportello;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who acted, on whose behalf, what, on which object, when, and whether it
 * was allowed. Holds ids only, never personal data.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         unique id of the entry (time-ordered UUID text), not null
 * @param at         when, in UTC, not null
 * @param actor      who acted, not null
 * @param onBehalfOf the represented user, or null
 * @param action     what was done, e.g. {@code USER_REGISTERED}, not null
 * @param objectType the kind of object, e.g. {@code user}, not null
 * @param objectId   the object's id, not null
 * @param outcome    whether the action happened or was denied, not null
 * @param errorCode  for denials, the error code; else null
 */
public record AuditEntry(String id, Instant at, PartyId actor, UserId onBehalfOf, String action,
                         String objectType, String objectId, Outcome outcome, ErrorCode errorCode) {

    /** Whether an audited action happened. */
    public enum Outcome {
        /** The action was carried out. */
        SUCCEEDED,
        /** The action was refused for lack of rights. */
        DENIED
    }

    /** Checks the mandatory components. */
    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
