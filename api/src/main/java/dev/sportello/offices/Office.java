package dev.sportello.offices;

import dev.sportello.Arguments;

import java.time.MonthDay;
import java.time.ZoneId;

/**
 * A territorial office (sede), as supplied by the integrator's office directory.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code          the code, not null
 * @param name          the name shown to users, not null
 * @param zone          the office's time zone (Europe/Rome unless stated), not null
 * @param openingHours  weekly opening hours, not null
 * @param patronSaint   the day of the patron saint of the office's town, or null
 */
public record Office(OfficeCode code, String name, ZoneId zone, WeeklyHours openingHours, MonthDay patronSaint) {
    /** The zone of Italian offices. */
    public static final ZoneId ROME = ZoneId.of("Europe/Rome");

    /** Checks the mandatory components. */
    public Office {
        Arguments.required(code, "Office", "code");
        Arguments.required(name, "Office", "name");
        Arguments.required(zone, "Office", "zone");
        Arguments.required(openingHours, "Office", "openingHours");
    }
}
