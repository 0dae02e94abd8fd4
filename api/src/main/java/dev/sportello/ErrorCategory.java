package dev.sportello;

/**
 * The family an {@link ErrorCode} belongs to; each family has its own exception subtype.
 *
 * <p>Thread-safe (an enum). Never null where returned.
 */
public enum ErrorCategory {
    /** The caller sent something that is not acceptable; fix the input and try again. */
    INVALID_INPUT,
    /** The object named by the caller does not exist (or is hidden from the caller). */
    NOT_FOUND,
    /** The acting principal may not do this (assurance level, ownership, office, delegation). */
    ACCESS_DENIED,
    /** The input is well formed but a domain rule forbids the operation in the current state. */
    RULE_VIOLATION,
    /** Someone else changed the object first, or the same key is already taken. */
    CONFLICT,
    /** An adapter (store, channel, directory) failed; the command had no effect. */
    ADAPTER_FAILURE
}
