package dev.sportello.notifications;

/**
 * Why a message was not sent (R-NOT-2, R-USR-3).
 *
 * <p>Thread-safe (an enum).
 */
public enum SkipReason {
    /** The user opted out of the channel. */
    OPTED_OUT,
    /** A proactive message without the proactive-services opt-in for the channel. */
    NO_PROACTIVE_OPT_IN,
    /** No verified contact point for the channel. */
    NO_VERIFIED_CONTACT,
    /** A reminder whose time had already passed when the appointment was booked. */
    REMINDER_WINDOW_PASSED
}
