package dev.sportello.medical;

import dev.sportello.Arguments;
import dev.sportello.notifications.EngagementCount;
import dev.sportello.offices.OfficeCode;

import java.time.LocalDate;

/**
 * A row of the guide's dashboard (R-NOT-4): how often something happened in a week's guides of an office.
 * Counts below the engagement threshold are {@link EngagementCount.Suppressed}, never the number.
 *
 * <p>Immutable and thread-safe.
 *
 * @param week   the Monday of the ISO week, not null
 * @param office the managing office of the dossiers, not null
 * @param event  what happened, not null
 * @param item   the scene, pop-up or call to action ("" for completion), not null
 * @param count  the count or its suppression, not null
 */
public record GuideFigure(LocalDate week, OfficeCode office, GuideInteraction.GuideEvent event, String item,
                          EngagementCount count) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
     */
    public GuideFigure {
        Arguments.required(week, "GuideFigure", "week");
        Arguments.required(office, "GuideFigure", "office");
        Arguments.required(event, "GuideFigure", "event");
        Arguments.required(item, "GuideFigure", "item");
        Arguments.required(count, "GuideFigure", "count");
    }
}
