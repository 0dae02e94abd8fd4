package dev.sportello.feedback;

/**
 * What a rating is about, as the figures group it (R-DOS-6).
 *
 * <p>Thread-safe (an enum).
 */
public enum FeedbackArea {
    /** The counter as a whole. */
    SERVICE,
    /** A closed request (R-REQ-4). */
    REQUESTS,
    /** A completed appointment (R-APT-1). */
    APPOINTMENTS
}
