package dev.sportello.spring.boot.autoconfigure;

import java.time.Duration;

/**
 * {@code sportello.appointments.*}: booking limits and timings. Defaults as {@code AppointmentSettings.defaults()}; the meeting provider of video calls is a {@code MeetingProvider} bean.
 *
 * <p>Not thread-safe: Spring binds it once at start-up.
 */
public class AppointmentProperties {
    /** Active bookings a user may hold per topic (1 to 100). */
    private int maxActivePerTopic = 1;
    /** When the reminder goes out before the start (1 minute to 2 days). */
    private Duration reminderBefore = Duration.ofMinutes(30);
    /** Digits of the admission code of a video call (6 to 10). */
    private int admissionCodeDigits = 6;
    /** Wrong admission codes before the room is closed to the user (1 to 10). */
    private int admissionAttempts = 5;
    /** How early the waiting room opens (0 to 1 hour). */
    private Duration joinEarly = Duration.ofMinutes(10);
    /** When a no-show is recorded after the start (1 minute to 2 hours). */
    private Duration noShowGrace = Duration.ofMinutes(15);
    /** How long a waitlist offer is held (1 minute to 2 days). */
    private Duration offerHold = Duration.ofHours(2);
    /** The organiser address of calendar invitations. */
    private String organizer = "noreply@sportello.invalid";

    /** {@return active bookings a user may hold per topic} */
    public int getMaxActivePerTopic() {
        return maxActivePerTopic;
    }

    /** @param maxActivePerTopic active bookings a user may hold per topic */
    public void setMaxActivePerTopic(int maxActivePerTopic) {
        this.maxActivePerTopic = maxActivePerTopic;
    }

    /** {@return when the reminder goes out before the start; null only if bound so} */
    public Duration getReminderBefore() {
        return reminderBefore;
    }

    /** @param reminderBefore when the reminder goes out before the start; null to unset */
    public void setReminderBefore(Duration reminderBefore) {
        this.reminderBefore = reminderBefore;
    }

    /** {@return digits of the admission code of a video call} */
    public int getAdmissionCodeDigits() {
        return admissionCodeDigits;
    }

    /** @param admissionCodeDigits digits of the admission code of a video call */
    public void setAdmissionCodeDigits(int admissionCodeDigits) {
        this.admissionCodeDigits = admissionCodeDigits;
    }

    /** {@return wrong admission codes before the room is closed to the user} */
    public int getAdmissionAttempts() {
        return admissionAttempts;
    }

    /** @param admissionAttempts wrong admission codes before the room is closed to the user */
    public void setAdmissionAttempts(int admissionAttempts) {
        this.admissionAttempts = admissionAttempts;
    }

    /** {@return how early the waiting room opens; null only if bound so} */
    public Duration getJoinEarly() {
        return joinEarly;
    }

    /** @param joinEarly how early the waiting room opens; null to unset */
    public void setJoinEarly(Duration joinEarly) {
        this.joinEarly = joinEarly;
    }

    /** {@return when a no-show is recorded after the start; null only if bound so} */
    public Duration getNoShowGrace() {
        return noShowGrace;
    }

    /** @param noShowGrace when a no-show is recorded after the start; null to unset */
    public void setNoShowGrace(Duration noShowGrace) {
        this.noShowGrace = noShowGrace;
    }

    /** {@return how long a waitlist offer is held; null only if bound so} */
    public Duration getOfferHold() {
        return offerHold;
    }

    /** @param offerHold how long a waitlist offer is held; null to unset */
    public void setOfferHold(Duration offerHold) {
        this.offerHold = offerHold;
    }

    /** {@return the organiser address of calendar invitations; null only if bound so} */
    public String getOrganizer() {
        return organizer;
    }

    /** @param organizer the organiser address of calendar invitations; null to unset */
    public void setOrganizer(String organizer) {
        this.organizer = organizer;
    }
}
