package dev.sportello.spi;

import dev.sportello.Arguments;

import java.time.Instant;

/**
 * What a dispatcher reports for an entry it claimed. Applied only if the entry is still held by
 * {@code leaseToken}, so a dispatcher whose lease expired cannot overwrite a newer claim.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id           the entry, not null
 * @param leaseToken   the claim, not null
 * @param status       {@code DONE}, {@code PENDING} (retry or deferral) or {@code DEAD}, not null
 * @param attempts     the attempts count to store
 * @param dueAt        the next due time (for {@code PENDING}), not null
 * @param lastError    the failure, or null
 * @param dropPayload  whether to empty the payload (delivered messages drop their content)
 */
public record OutboxCompletion(String id, String leaseToken, OutboxStatus status, int attempts, Instant dueAt,
                               String lastError, boolean dropPayload) {
    /** Checks the components. */
    public OutboxCompletion {
        Arguments.required(id, "OutboxCompletion", "id");
        Arguments.required(leaseToken, "OutboxCompletion", "leaseToken");
        Arguments.required(status, "OutboxCompletion", "status");
        Arguments.required(dueAt, "OutboxCompletion", "dueAt");
        if (status == OutboxStatus.IN_FLIGHT || status == OutboxStatus.CANCELLED) {
            throw Arguments.invalid("OutboxCompletion", "status", "a completion ends in DONE, PENDING or DEAD");
        }
    }
}
