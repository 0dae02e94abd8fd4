package dev.sportello.medical.spi;

import dev.sportello.medical.GuideInteraction;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.Required;

import java.time.LocalDate;

/**
 * An anonymous counter of guide interactions: a week, an office, an event, an item and a count — no user,
 * no dossier, no notice.
 *
 * <p>Immutable and thread-safe.
 *
 * @param week   the Monday of the ISO week, not null
 * @param office the managing office, not null
 * @param event  the event, not null
 * @param item   the item ("" for completion), not null
 * @param count  how many, 0 or more
 */
public record GuideTally(LocalDate week, OfficeCode office, GuideInteraction.GuideEvent event, String item, long count) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.AdapterFailureException with {@code ADAPTER_DATA_INVALID} for a missing component
     */
    public GuideTally {
        Required.value(week, "GuideTally", "week");
        Required.value(office, "GuideTally", "office");
        Required.value(event, "GuideTally", "event");
        Required.value(item, "GuideTally", "item");
    }
}
