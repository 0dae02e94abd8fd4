package dev.sportello.tck;

import dev.sportello.ConflictException;
import dev.sportello.DelegationId;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.ServiceId;
import dev.sportello.UserId;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.DelegationTransition;
import dev.sportello.delegation.ExpiryReason;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.delegation.spi.DelegationStore;
import dev.sportello.spi.Stores;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of the delegation store: every field round-trips (status, scope, lifecycle, the pending acceptance
 * code's hash, deadline and attempts), only active delegations within their period are valid, a pair's
 * delegations are found in any status, the active ones of a party are paged by id, and a stale version
 * conflicts.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class DelegationStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final ServiceId PORTAL = new ServiceId("portal");

    private static DelegationRecord.Builder delegation(DelegationKind kind, UserId delegator, UserId delegate) {
        return DelegationRecord.builder().id(new DelegationId(UUID.randomUUID())).kind(kind).delegator(delegator)
                .delegate(delegate).validFrom(T0).validUntil(T0.plusSeconds(3600)).createdBy(PORTAL).createdAt(T0)
                .version(0).status(DelegationStatus.ACTIVE).scope(kind.defaultScope())
                .lifecycle(List.of(new DelegationTransition(DelegationStatus.ACTIVE, T0, PORTAL, null)));
    }

    private void insert(DelegationRecord... delegations) {
        tx(s -> {
            for (DelegationRecord d : delegations) {
                s.get(DelegationStore.class).insert(d);
            }
            return null;
        });
    }

    @Test
    void aPendingDelegationRoundTripsWithItsCodeAndScope() {
        UserId maria = new UserId(UUID.randomUUID());
        UserId luca = new UserId(UUID.randomUUID());
        DelegationRecord pending = delegation(DelegationKind.DIGITAL_IDENTITY, maria, luca).createdBy(maria)
                .status(DelegationStatus.PENDING).scope(Set.of(Operation.USER_READ, Operation.CONTACT_ADD))
                .lifecycle(List.of(new DelegationTransition(DelegationStatus.PENDING, T0, maria, null)))
                .acceptanceCodeHash("sha256$c2FsdA$aGFzaA").acceptBy(T0.plusSeconds(600)).attemptsLeft(5).build();
        insert(pending);
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).find(pending.id()))).contains(pending);
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).findValid(maria, luca, T0.plusSeconds(10))))
                .as("a pending delegation lets nobody act").isEmpty();
        DelegationRecord expired = pending.toBuilder().status(DelegationStatus.EXPIRED).acceptanceCodeHash(null)
                .acceptBy(null).attemptsLeft(0).version(1).lifecycle(List.of(pending.lifecycle().get(0),
                        new DelegationTransition(DelegationStatus.EXPIRED, T0.plusSeconds(600), new ServiceId("sportello"),
                                ExpiryReason.NOT_ACCEPTED_IN_TIME))).build();
        tx(s -> {
            s.get(DelegationStore.class).update(expired, 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).find(pending.id()))).contains(expired);
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).between(maria, luca))).containsExactly(expired);
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).between(luca, maria))).isEmpty();
    }

    @Test
    void delegationsAreFoundOnlyWhileActiveAndValid() {
        UserId company = new UserId(UUID.randomUUID());
        UserId intermediary = new UserId(UUID.randomUUID());
        DelegationRecord mandate = delegation(DelegationKind.MANDATE, company, intermediary).build();
        insert(mandate);
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).find(mandate.id()))).contains(mandate);
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).findValid(company, intermediary, T0.plusSeconds(10))))
                .containsExactly(mandate);
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).findValid(company, intermediary, T0.plusSeconds(3600))))
                .isEmpty();
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).findValid(intermediary, company, T0.plusSeconds(10))))
                .isEmpty();
        DelegationRecord revoked = mandate.toBuilder().status(DelegationStatus.REVOKED).revokedAt(T0.plusSeconds(20))
                .version(1).build();
        tx(s -> {
            s.get(DelegationStore.class).update(revoked, 0);
            return null;
        });
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).findValid(company, intermediary, T0.plusSeconds(30))))
                .isEmpty();
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).involving(intermediary))).containsExactly(revoked);
        assertThatThrownBy(() -> tx(s -> {
            s.get(DelegationStore.class).update(revoked, 0);
            return null;
        })).isInstanceOf(ConflictException.class);
    }

    @Test
    void theActiveDelegationsOfAPartyArePagedById() {
        UserId consultant = new UserId(UUID.randomUUID());
        List<DelegationRecord> active = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            active.add(delegation(DelegationKind.MANDATE, new UserId(UUID.randomUUID()), consultant).build());
        }
        UserId company = active.get(0).delegator();
        DelegationRecord ended = delegation(DelegationKind.MANDATE, new UserId(UUID.randomUUID()), consultant)
                .validUntil(T0.plusSeconds(5)).build();
        DelegationRecord pending = delegation(DelegationKind.MANDATE, new UserId(UUID.randomUUID()), consultant)
                .status(DelegationStatus.PENDING).build();
        DelegationRecord second = delegation(DelegationKind.MANDATE, company, new UserId(UUID.randomUUID())).build();
        insert(active.toArray(DelegationRecord[]::new));
        insert(ended, pending, second);
        Instant now = T0.plusSeconds(10);
        Page<DelegationRecord> first = tx(s -> s.get(DelegationStore.class).activeForDelegate(consultant, now,
                PageRequest.first(3)));
        Page<DelegationRecord> rest = tx(s -> s.get(DelegationStore.class).activeForDelegate(consultant, now,
                PageRequest.first(3).after(first)));
        List<DelegationRecord> expected = active.stream().sorted(Comparator.comparing(d -> d.id().toString())).toList();
        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 3));
        assertThat(rest.items()).containsExactlyElementsOf(expected.subList(3, 5));
        assertThat(rest.hasNext()).isFalse();
        assertThat(tx((Stores s) -> s.get(DelegationStore.class).activeForDelegator(company, now, PageRequest.first(10))
                .items())).containsExactlyInAnyOrder(active.get(0), second);
        assertThatThrownBy(() -> tx(s -> s.get(DelegationStore.class).activeForDelegate(consultant, now,
                new PageRequest(3, "1-1-1-1-1"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PAGE_CURSOR_INVALID));
    }

    @Test
    void aRecordBuiltWithoutTheLifecycleFieldsReadsAsBefore() {
        DelegationRecord legacy = DelegationRecord.builder().id(new DelegationId(UUID.randomUUID()))
                .kind(DelegationKind.MANDATE).delegator(new UserId(UUID.randomUUID())).delegate(new UserId(UUID.randomUUID()))
                .validFrom(T0).validUntil(T0.plusSeconds(60)).revokedAt(T0.plusSeconds(30)).createdBy(PORTAL).createdAt(T0)
                .build();
        assertThat(legacy.status()).isEqualTo(DelegationStatus.REVOKED);
        assertThat(legacy.scope()).isEqualTo(DelegationKind.MANDATE.operations());
        assertThat(legacy.lifecycle()).isEmpty();
    }
}
