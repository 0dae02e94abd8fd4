package dev.sportello.requests;

import dev.sportello.Arguments;
import dev.sportello.PartyId;
import dev.sportello.UserId;

import java.time.Instant;
import java.util.Map;

/**
 * One step of a request's history. Entries visible to the office only (internal notes, transfers) are
 * shown to operators only.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind       what happened, not null
 * @param at         when, not null
 * @param actor      who, not null
 * @param onBehalfOf the represented user, or null
 * @param text       the message, or null
 * @param visibility who sees it, not null
 * @param archive    the files sent with it, or null
 * @param data       further ids and codes (office, operator, outcome), not null
 */
public record TimelineEntry(TimelineKind kind, Instant at, PartyId actor, UserId onBehalfOf, String text, Visibility visibility,
                            ArchiveId archive, Map<String, String> data) {
    /** Checks and copies the components. */
    public TimelineEntry {
        Arguments.required(kind, "TimelineEntry", "kind");
        Arguments.required(at, "TimelineEntry", "at");
        Arguments.required(actor, "TimelineEntry", "actor");
        Arguments.required(visibility, "TimelineEntry", "visibility");
        data = Arguments.map(data, "TimelineEntry", "data");
    }

    /** Whether only operators see it. */
    public boolean internal() {
        return visibility == Visibility.OFFICE_ONLY;
    }
}
