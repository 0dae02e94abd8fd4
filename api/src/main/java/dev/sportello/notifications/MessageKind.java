package dev.sportello.notifications;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The event a message is about; selects its templates (R-NOT-3). The SDK's own kinds are constants
 * here; integrators publish proactive notices under kinds of their own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code upper-case letters, digits and underscores, 2–64 characters
 */
public record MessageKind(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /** A one-time code for a contact point being verified. */
    public static final MessageKind CONTACT_VERIFICATION = new MessageKind("CONTACT_VERIFICATION");
    /** A request was registered with a protocol number. */
    public static final MessageKind REQUEST_REGISTERED = new MessageKind("REQUEST_REGISTERED");
    /** A request was routed to the competent office. */
    public static final MessageKind REQUEST_ROUTED = new MessageKind("REQUEST_ROUTED");
    /** An operator asks the user for more information. */
    public static final MessageKind REQUEST_INFO_REQUESTED = new MessageKind("REQUEST_INFO_REQUESTED");
    /** A request was closed with an outcome. */
    public static final MessageKind REQUEST_CLOSED = new MessageKind("REQUEST_CLOSED");
    /** An appointment was booked. */
    public static final MessageKind APPOINTMENT_CONFIRMED = new MessageKind("APPOINTMENT_CONFIRMED");
    /** A video call was booked: join link, how the call works, privacy notice. */
    public static final MessageKind VIDEO_CALL_CONFIRMED = new MessageKind("VIDEO_CALL_CONFIRMED");
    /** The admission code of a video call. */
    public static final MessageKind APPOINTMENT_ADMISSION_CODE = new MessageKind("APPOINTMENT_ADMISSION_CODE");
    /** The reminder before an appointment. */
    public static final MessageKind APPOINTMENT_REMINDER = new MessageKind("APPOINTMENT_REMINDER");
    /** An appointment was moved. */
    public static final MessageKind APPOINTMENT_RESCHEDULED = new MessageKind("APPOINTMENT_RESCHEDULED");
    /** An appointment was cancelled. */
    public static final MessageKind APPOINTMENT_CANCELLED = new MessageKind("APPOINTMENT_CANCELLED");
    /** A seat freed up for a user on the waitlist. */
    public static final MessageKind WAITLIST_OFFER = new MessageKind("WAITLIST_OFFER");
    /** The alert that a proactive notice (e.g. "your medical report has been issued") is in the inbox. */
    public static final MessageKind PROACTIVE_NOTICE = new MessageKind("PROACTIVE_NOTICE");

    /** Checks the code. */
    public MessageKind {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a message kind is 2-64 of [A-Z0-9_], starting with a letter");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
