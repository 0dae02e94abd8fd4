package dev.sportello.core.internal.delegation;

import dev.sportello.DelegationId;
import dev.sportello.core.DelegationSettings;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.delegation.DelegationEvents;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationMessageKinds;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.DelegationTransition;
import dev.sportello.delegation.ExpiryReason;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.users.TaxCode;
import dev.sportello.users.spi.UserRecord;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The moves of a delegation from one status to the next, each kept in its lifecycle with who and when, and
 * what follows each move: the audit entry, the event, the messages to both parties, and the expiry tasks.
 * An active delegation gets an expiry task at the end of its validity, a pending one at its acceptance
 * deadline, and parental responsibility that ends at the 18th birthday a notice task before it. The tasks
 * re-read the delegation and act only if it is still in the status and past the instant they were
 * scheduled for, so they are safe to run late, and a revoked or accepted delegation's tasks are dropped.
 *
 * <p>Thread-safe.
 */
final class DelegationLifecycle {
    private final DelegationMessages messages;
    private final DelegationSettings settings;

    DelegationLifecycle(DelegationMessages messages, DelegationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    /** Stores a new pending delegation and tells both parties. */
    void requested(Tx tx, DelegationRecord pending) {
        tx.store(DelegationStore.class).insert(pending);
        tx.audit("DELEGATION_REQUESTED", pending.id());
        tx.event(DelegationEvents.REQUESTED, pending.id(), Map.of("kind", pending.kind().name(),
                "delegator", pending.delegator().toString(), "delegate", pending.delegate().toString()));
        tx.schedule(DelegationTasks.EXPIRY, pending.id(), pending.acceptBy(), DelegationTasks.cancelKey(pending.id()));
        messages.answer(tx, pending, DelegationMessageKinds.REQUESTED);
    }

    /** Stores a delegation a service granted, active at once, and tells both parties. */
    void granted(Tx tx, DelegationRecord active, UserRecord delegator) {
        tx.store(DelegationStore.class).insert(active);
        tx.audit("DELEGATION_GRANTED", active.id());
        tx.event(DelegationEvents.GRANTED, active.id(), Map.of("kind", active.kind().name(),
                "delegator", active.delegator().toString(), "delegate", active.delegate().toString()));
        scheduleEnd(tx, active, delegator);
        messages.answer(tx, active, DelegationMessageKinds.ACTIVE);
    }

    /** The delegate accepted with the right code. */
    DelegationRecord accepted(Tx tx, DelegationRecord pending) {
        DelegationRecord active = save(tx, pending, step(tx, pending, DelegationStatus.ACTIVE, null).acceptanceCodeHash(null)
                .acceptBy(null).attemptsLeft(0));
        tx.audit("DELEGATION_ACCEPTED", active.id());
        tx.event(DelegationEvents.ACCEPTED, active.id(), Map.of("kind", active.kind().name()));
        Notifier.cancel(tx, DelegationTasks.cancelKey(active.id()), "delegation accepted");
        scheduleEnd(tx, active, UserRecords.require(tx, active.delegator()));
        messages.answer(tx, active, DelegationMessageKinds.ACTIVE);
        return active;
    }

    /** A wrong acceptance code: one attempt fewer, nothing else changes. */
    DelegationRecord wrongCode(Tx tx, DelegationRecord pending) {
        DelegationRecord spent = save(tx, pending, pending.toBuilder().attemptsLeft(pending.attemptsLeft() - 1));
        tx.audit("DELEGATION_CODE_REJECTED", spent.id());
        return spent;
    }

    /** The delegate refused. */
    DelegationRecord rejected(Tx tx, DelegationRecord pending) {
        DelegationRecord rejected = save(tx, pending, step(tx, pending, DelegationStatus.REJECTED, null)
                .acceptanceCodeHash(null).acceptBy(null).attemptsLeft(0));
        tx.audit("DELEGATION_REJECTED", rejected.id());
        tx.event(DelegationEvents.REJECTED, rejected.id(), Map.of("kind", rejected.kind().name()));
        Notifier.cancel(tx, DelegationTasks.cancelKey(rejected.id()), "delegation rejected");
        messages.answer(tx, rejected, DelegationMessageKinds.REJECTED);
        return rejected;
    }

    /** A party or a service revoked a pending or active delegation. */
    DelegationRecord revoked(Tx tx, DelegationRecord live) {
        DelegationRecord revoked = save(tx, live, step(tx, live, DelegationStatus.REVOKED, null).revokedAt(tx.now())
                .acceptanceCodeHash(null).acceptBy(null).attemptsLeft(0));
        tx.audit("DELEGATION_REVOKED", revoked.id());
        tx.event(DelegationEvents.REVOKED, revoked.id(), Map.of("kind", revoked.kind().name()));
        Notifier.cancel(tx, DelegationTasks.cancelKey(revoked.id()), "delegation revoked");
        messages.answer(tx, revoked, DelegationMessageKinds.REVOKED);
        return revoked;
    }

    /** The expiry task: a pending delegation past its deadline, or an active one past its end, expires. */
    void expiryTask(Tx tx, DelegationId id) {
        tx.store(DelegationStore.class).find(id).ifPresent(d -> {
            if (d.status() == DelegationStatus.PENDING && !tx.now().isBefore(d.acceptBy())) {
                expire(tx, d, ExpiryReason.NOT_ACCEPTED_IN_TIME);
            } else if (d.status() == DelegationStatus.ACTIVE && !tx.now().isBefore(d.validUntil())) {
                expire(tx, d, endsAtComingOfAge(d, UserRecords.require(tx, d.delegator()))
                        ? ExpiryReason.CAME_OF_AGE : ExpiryReason.VALIDITY_ENDED);
            }
        });
    }

    /** The notice task: parental responsibility still active and ending at the 18th birthday. */
    void comingOfAgeTask(Tx tx, DelegationId id) {
        tx.store(DelegationStore.class).find(id).ifPresent(d -> {
            if (d.status() == DelegationStatus.ACTIVE && tx.now().isBefore(d.validUntil())) {
                messages.lapse(tx, d, DelegationMessageKinds.ENDING, null);
            }
        });
    }

    private void expire(Tx tx, DelegationRecord d, ExpiryReason reason) {
        DelegationRecord expired = save(tx, d, step(tx, d, DelegationStatus.EXPIRED, reason).acceptanceCodeHash(null)
                .acceptBy(null).attemptsLeft(0));
        tx.audit("DELEGATION_EXPIRED", expired.id());
        tx.event(DelegationEvents.EXPIRED, expired.id(), Map.of("kind", expired.kind().name(), "reason", reason.name()));
        messages.lapse(tx, expired, DelegationMessageKinds.EXPIRED, reason);
    }

    /** The expiry at the end of the validity, and the notice before a minor comes of age. */
    private void scheduleEnd(Tx tx, DelegationRecord active, UserRecord delegator) {
        String key = DelegationTasks.cancelKey(active.id());
        tx.schedule(DelegationTasks.EXPIRY, active.id(), active.validUntil(), key);
        if (endsAtComingOfAge(active, delegator)) {
            Instant notice = active.validUntil().minus(settings.comingOfAgeNotice());
            tx.schedule(DelegationTasks.COMING_OF_AGE_NOTICE, active.id(), notice.isAfter(tx.now()) ? notice : tx.now(), key);
        }
    }

    private static boolean endsAtComingOfAge(DelegationRecord d, UserRecord delegator) {
        return d.kind() == DelegationKind.PARENTAL_RESPONSIBILITY && delegator.fiscalCode() instanceof TaxCode
                && d.validUntil().equals(DelegationRules.adulthood(delegator, d.createdAt()));
    }

    /** A builder for the next state: one more transition, by the principal, now. */
    private static DelegationRecord.Builder step(Tx tx, DelegationRecord d, DelegationStatus status, ExpiryReason reason) {
        List<DelegationTransition> lifecycle = new ArrayList<>(d.lifecycle());
        lifecycle.add(new DelegationTransition(status, tx.now(), tx.principal().actor(), reason));
        return d.toBuilder().status(status).lifecycle(lifecycle);
    }

    private static DelegationRecord save(Tx tx, DelegationRecord before, DelegationRecord.Builder after) {
        DelegationRecord next = after.version(before.version() + 1).build();
        tx.store(DelegationStore.class).update(next, before.version());
        return next;
    }

    /** The first transition of a new delegation. */
    static List<DelegationTransition> first(Tx tx, DelegationStatus status) {
        return List.of(new DelegationTransition(status, tx.now(), tx.principal().actor(), null));
    }
}
