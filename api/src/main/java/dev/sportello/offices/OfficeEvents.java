package dev.sportello.offices;

import dev.sportello.EventType;

import java.util.List;

/**
 * The domain events of the offices area; subjects are offices.
 *
 * <p>Thread-safe (constants).
 */
public final class OfficeEvents {
    /** An office closed on a day (ad-hoc closure): {@code date} (ISO). */
    public static final EventType DAY_CLOSED = EventType.of("office.day-closed", "date");

    /** Every event type of the offices area. */
    public static final List<EventType> ALL = List.of(DAY_CLOSED);

    private OfficeEvents() {
    }
}
