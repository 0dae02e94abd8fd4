package dev.sportello.offices;

/**
 * Why an office is closed on a day.
 *
 * <p>Thread-safe (an enum).
 */
public enum ClosureReason {
    /** No opening hours on this day of the week. */
    WEEKLY_REST,
    /** A national holiday (including Easter Monday, and 4 October from 2026). */
    NATIONAL_HOLIDAY,
    /** The patron saint of the office's town. */
    PATRON_SAINT,
    /** An ad-hoc closure decided by the office. */
    AD_HOC
}
