package dev.sportello.offices;

import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Objects;

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
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(openingHours, "openingHours");
    }
}
