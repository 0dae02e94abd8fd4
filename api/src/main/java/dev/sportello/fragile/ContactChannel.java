package dev.sportello.fragile;

/**
 * How a contact with the fragile-users channel happened (R-USR-5).
 *
 * <p>Thread-safe (an enum).
 */
public enum ContactChannel {
    /** A call to the dedicated line, answered by an operator. */
    PHONE_CALL,
    /** A message left on the line's voicemail (outside office hours, or with every operator busy). */
    VOICEMAIL,
    /** An operator's call back after a voicemail. */
    CALLBACK,
    /** A request through the channel's portal. */
    PORTAL,
    /** An e-mail to the channel's mailbox. */
    EMAIL
}
