package dev.sportello;

/**
 * Notification channels (R-NOT-1).
 *
 * <p>Thread-safe (an enum).
 */
public enum Channel {
    /** A notice in the user's reserved area; always delivered (R-NOT-2). */
    INBOX,
    /** A text message to a verified mobile number. */
    SMS,
    /** An e-mail to a verified address. */
    EMAIL,
    /** A push notification to the institution's apps. */
    PUSH
}
