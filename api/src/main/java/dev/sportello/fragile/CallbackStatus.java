package dev.sportello.fragile;

/**
 * Whether a callback is still to be made.
 *
 * <p>Thread-safe (an enum).
 */
public enum CallbackStatus {
    /** In the queue of the office's channel operators, from its due time. */
    OPEN,
    /** Made by an operator, with its outcome. */
    DONE
}
