/**
 * Appointments with an office: calendars and slots, booking in three contact modes, the video call's
 * admission code and waiting room, identification, reminders, changes and the waitlist. Entry point:
 * {@link dev.sportello.appointments.Appointments}.
 */
package dev.sportello.appointments;
