package dev.sportello.users;

/**
 * Civil-invalidity allowances that count for the fragile-users channel (R-USR-5 a).
 *
 * <p>Thread-safe (an enum).
 */
public enum Allowance {
    /** Indennità di accompagnamento. */
    ATTENDANCE,
    /** Indennità speciale (partially sighted). */
    SPECIAL,
    /** Indennità di comunicazione (deaf). */
    COMMUNICATION
}
