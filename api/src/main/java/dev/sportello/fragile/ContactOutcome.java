package dev.sportello.fragile;

/**
 * What came of a contact with the fragile-users channel.
 *
 * <p>Thread-safe (an enum).
 */
public enum ContactOutcome {
    /** Information on benefits was given. */
    INFORMATION_GIVEN,
    /** An appointment was booked (phone callback, video call, in person). */
    APPOINTMENT_BOOKED,
    /** A document was asked for by post. */
    DOCUMENT_REQUESTED,
    /** A voicemail was left: a callback is queued. */
    CALLBACK_QUEUED,
    /** The user could not be reached. */
    NOT_REACHED,
    /** Anything else, handled. */
    OTHER
}
