package dev.sportello.notifications;

/**
 * Why a message is sent, which decides the consent rules (R-NOT-2, R-USR-3).
 *
 * <p>Thread-safe (an enum).
 */
public enum Purpose {
    /** Answers the user's own action (a request registered, an appointment code): needs a verified contact. */
    TRANSACTIONAL,
    /** On the institution's own initiative: needs the proactive-services opt-in and a verified contact. */
    PROACTIVE,
    /** The one-time code of the contact point being verified: goes to that contact only. */
    VERIFICATION
}
