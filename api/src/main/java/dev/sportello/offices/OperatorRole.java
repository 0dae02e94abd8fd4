package dev.sportello.offices;

/**
 * Roles of office staff (R-USR-1).
 *
 * <p>Thread-safe (an enum).
 */
public enum OperatorRole {
    /** Meets users: appointments, identity checks. */
    FRONT_OFFICE,
    /** Works the requests of the office queue. */
    BACK_OFFICE,
    /** Monitors queues and figures; may reassign work and close days. */
    SUPERVISOR
}
