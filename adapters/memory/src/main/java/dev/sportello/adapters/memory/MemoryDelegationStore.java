package dev.sportello.adapters.memory;

import dev.sportello.DelegationId;
import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.delegation.DelegationStatus;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.delegation.spi.DelegationStore;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Delegations in memory, with their lifecycle; the paged reads page on the id's text. */
final class MemoryDelegationStore implements DelegationStore {
    private static final Comparator<DelegationRecord> BY_ID = Comparator.comparing(d -> d.id().toString());
    private final MemoryData data;
    private final UndoLog undo;

    MemoryDelegationStore(MemoryData data, UndoLog undo) {
        this.data = data;
        this.undo = undo;
    }

    @Override
    public void insert(DelegationRecord delegation) {
        if (data.delegations.containsKey(delegation.id())) {
            throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "delegation",
                    "objectId", delegation.id().toString(), "expectedVersion", "none"));
        }
        undo.put(data.delegations, delegation.id(), delegation);
    }

    @Override
    public void update(DelegationRecord delegation, long expectedVersion) {
        DelegationRecord current = data.delegations.get(delegation.id());
        if (current == null || current.version() != expectedVersion) {
            throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "delegation",
                    "objectId", delegation.id().toString(), "expectedVersion", Long.toString(expectedVersion)));
        }
        undo.put(data.delegations, delegation.id(), delegation);
    }

    @Override
    public Optional<DelegationRecord> find(DelegationId id) {
        return Optional.ofNullable(data.delegations.get(id));
    }

    @Override
    public List<DelegationRecord> findValid(UserId delegator, UserId delegate, Instant at) {
        return select(d -> d.delegator().equals(delegator) && d.delegate().equals(delegate)
                && d.status() == DelegationStatus.ACTIVE && !at.isBefore(d.validFrom()) && at.isBefore(d.validUntil()));
    }

    @Override
    public List<DelegationRecord> involving(UserId user) {
        return data.delegations.values().stream().filter(d -> d.delegator().equals(user) || d.delegate().equals(user))
                .sorted(BY_ID.reversed()).toList();
    }

    @Override
    public List<DelegationRecord> between(UserId delegator, UserId delegate) {
        return select(d -> d.delegator().equals(delegator) && d.delegate().equals(delegate));
    }

    @Override
    public Page<DelegationRecord> activeForDelegate(UserId delegate, Instant now, PageRequest page) {
        return active(d -> d.delegate().equals(delegate), now, page);
    }

    @Override
    public Page<DelegationRecord> activeForDelegator(UserId delegator, Instant now, PageRequest page) {
        return active(d -> d.delegator().equals(delegator), now, page);
    }

    private Page<DelegationRecord> active(Predicate<DelegationRecord> party, Instant now, PageRequest page) {
        if (page.cursor() != null && !isCanonicalUuid(page.cursor())) {
            throw SportelloException.invalidField(ErrorCode.PAGE_CURSOR_INVALID, "cursor", Map.of());
        }
        return Paging.page(data.delegations.values().stream().filter(party)
                .filter(d -> d.status() == DelegationStatus.ACTIVE && d.validUntil().isAfter(now)),
                d -> d.id().toString(), false, page);
    }

    private static boolean isCanonicalUuid(String text) {
        try {
            return UUID.fromString(text).toString().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private List<DelegationRecord> select(Predicate<DelegationRecord> filter) {
        return data.delegations.values().stream().filter(filter).sorted(BY_ID).toList();
    }
}
