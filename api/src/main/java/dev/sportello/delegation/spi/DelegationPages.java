package dev.sportello.delegation.spi;

import dev.sportello.ErrorCode;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.delegation.DelegationStatus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** The default paging of {@link DelegationStore}: keyset on the id, the cursor being the id's text. */
final class DelegationPages {
    static final Comparator<DelegationRecord> BY_ID = Comparator.comparing(d -> d.id().value().toString());

    private DelegationPages() {
    }

    static Page<DelegationRecord> active(Stream<DelegationRecord> candidates, Instant now, PageRequest page) {
        String after = page.cursor() == null ? null : canonicalId(page.cursor());
        List<DelegationRecord> rows = candidates
                .filter(d -> d.status() == DelegationStatus.ACTIVE && d.validUntil().isAfter(now))
                .filter(d -> after == null || d.id().value().toString().compareTo(after) > 0)
                .sorted(BY_ID).limit(page.size() + 1L).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (rows.size() <= page.size()) {
            return new Page<>(rows, null);
        }
        List<DelegationRecord> items = rows.subList(0, page.size());
        return new Page<>(items, items.get(items.size() - 1).id().value().toString());
    }

    private static String canonicalId(String cursor) {
        try {
            if (UUID.fromString(cursor).toString().equals(cursor)) {
                return cursor;
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw SportelloException.invalidField(ErrorCode.PAGE_CURSOR_INVALID, "cursor", Map.of());
    }
}
