package dev.sportello.appointments;

import dev.sportello.EventType;

import java.util.List;

/**
 * The domain events of the appointments area (R-APT-1…6); subjects are appointments.
 *
 * <p>Thread-safe (constants).
 */
public final class AppointmentEvents {
    /** An appointment was booked: {@code office}, {@code topic}, {@code mode}, {@code interpretation}. */
    public static final EventType BOOKED = EventType.of("appointment.booked", "office", "topic", "mode", "interpretation");
    /** The meeting room of a video call was opened after the booking or a reschedule: {@code office}. */
    public static final EventType ROOM_OPENED = EventType.of("appointment.room-opened", "office");
    /** The user entered a video call's waiting room: {@code office}. */
    public static final EventType WAITING = EventType.of("appointment.waiting", "office");
    /** An operator admitted the user or started the appointment: {@code office}, {@code operator}. */
    public static final EventType STARTED = EventType.of("appointment.started", "office", "operator");
    /** An assistant was identified and admitted (R-APT-5): {@code office}. */
    public static final EventType ASSISTED = EventType.of("appointment.assisted", "office");
    /** An appointment was completed: {@code office}, {@code outcome} (code). */
    public static final EventType COMPLETED = EventType.of("appointment.completed", "office", "outcome");
    /** An appointment was cancelled: {@code office}, {@code by} (user or office). */
    public static final EventType CANCELLED = EventType.of("appointment.cancelled", "office", "by");
    /** An appointment moved to another slot: {@code office}. */
    public static final EventType RESCHEDULED = EventType.of("appointment.rescheduled", "office");
    /** The user did not show up: {@code office}. */
    public static final EventType NO_SHOW = EventType.of("appointment.no-show", "office");

    /** Every event type of the appointments area. */
    public static final List<EventType> ALL = List.of(BOOKED, ROOM_OPENED, WAITING, STARTED, ASSISTED, COMPLETED, CANCELLED, RESCHEDULED, NO_SHOW);

    private AppointmentEvents() {
    }
}
