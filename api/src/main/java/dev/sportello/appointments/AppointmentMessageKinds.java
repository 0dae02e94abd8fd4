package dev.sportello.appointments;

import dev.sportello.notifications.MessageKind;

/**
 * The message kinds of the appointments area (R-APT-3, R-APT-4); their templates are bundled in it, en and de.
 *
 * <p>Thread-safe (constants).
 */
public final class AppointmentMessageKinds {
    /** An appointment was booked: {@code name}, {@code when}, {@code office}, {@code mode}, {@code topic}. */
    public static final MessageKind CONFIRMED = new MessageKind("APPOINTMENT_CONFIRMED");
    /** A video call's room is open: how the call works, the privacy notice and the link: {@code name}, {@code when}, {@code office}, {@code topic}, {@code link}. */
    public static final MessageKind VIDEO_CALL_CONFIRMED = new MessageKind("VIDEO_CALL_CONFIRMED");
    /** The admission code of a video call: {@code code}, {@code when}. */
    public static final MessageKind ADMISSION_CODE = new MessageKind("APPOINTMENT_ADMISSION_CODE");
    /** The reminder before an appointment: {@code name}, {@code when}, {@code office}, {@code mode}, {@code topic}. */
    public static final MessageKind REMINDER = new MessageKind("APPOINTMENT_REMINDER");
    /** An appointment was moved: {@code name}, {@code when}, {@code office}, {@code mode}, {@code topic}. */
    public static final MessageKind RESCHEDULED = new MessageKind("APPOINTMENT_RESCHEDULED");
    /** An appointment was cancelled: {@code name}, {@code when}, {@code office}, {@code topic}, {@code reason}. */
    public static final MessageKind CANCELLED = new MessageKind("APPOINTMENT_CANCELLED");
    /** A seat freed up for a user on the waitlist: {@code name}, {@code when}, {@code office}, {@code topic}, {@code until}. */
    public static final MessageKind WAITLIST_OFFER = new MessageKind("WAITLIST_OFFER");

    private AppointmentMessageKinds() {
    }
}
