package dev.sportello.users;

/**
 * What a user says about a channel (R-USR-3, R-NOT-2).
 *
 * <p>Thread-safe (an enum).
 */
public enum ConsentChoice {
    /** Adhere to the proactive services on this channel: the institution may write on its own initiative. */
    PROACTIVE_OPT_IN,
    /** Withdraw the proactive-services adhesion on this channel. */
    PROACTIVE_WITHDRAWAL,
    /** Receive nothing on this channel except the codes the user asks for; always respected. */
    CHANNEL_OPT_OUT,
    /** Lift an earlier channel opt-out. */
    CHANNEL_RESUME
}
