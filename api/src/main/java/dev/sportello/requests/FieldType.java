package dev.sportello.requests;

/**
 * Kinds of topic field, each with its own format check.
 *
 * <p>Thread-safe (an enum).
 */
public enum FieldType {
    /** Free text up to the field's maximum length. */
    TEXT,
    /** A month {@code 2026-03}, or a range {@code 2026-01/2026-03}; never in the future. */
    PERIOD,
    /** A month {@code 2026-03}, not in the future. */
    MONTH,
    /** A year {@code 2025}, not in the future. */
    YEAR,
    /** One of the field's choices. */
    CHOICE
}
