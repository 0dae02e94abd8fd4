package dev.sportello.core;

import dev.sportello.appointments.SecondLevelPolicy;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Rules and timings of appointments (R-APT-1…6).
 *
 * <p>Defaults: 1 active booking per user and topic; the reminder 30 minutes before the start
 * (R-APT-4); an admission code of 6 digits with 5 attempts, valid until the end of the slot; the
 * waiting room opens 10 minutes before the start; a no-show is recorded 15 minutes after the start; a
 * waitlist offer is held for 2 hours (never past the calendar's minimum notice before the slot); the
 * {@link SecondLevelPolicy#DEFAULT second-level policy}; outcomes INFORMATION_GIVEN, REQUEST_OPENED,
 * FOLLOW_UP_NEEDED, REFERRED; invitations organised by {@code noreply@sportello.invalid}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxActivePerTopic  active bookings a user may hold per topic, 1 to 100
 * @param reminderBefore     how long before the start the reminder is due, 1 minute to 2 days
 * @param admissionCodeDigits digits of the admission code, 6 to 10
 * @param admissionAttempts  wrong codes allowed before the code locks, 1 to 10
 * @param joinEarly          how long before the start the waiting room opens, 0 to 1 hour
 * @param noShowGrace        how long after the start a booked user becomes a no-show, 1 minute to 2 hours
 * @param offerHold          how long a freed seat is held for the first user on the waitlist, 1 minute to 2 days
 * @param secondLevel        who may book second-level information, not null
 * @param outcomes           outcome codes and their Italian labels, in display order, at least one
 * @param organizer          the e-mail address that organises the calendar invitations, not null
 */
public record AppointmentSettings(int maxActivePerTopic, Duration reminderBefore, int admissionCodeDigits,
                                  int admissionAttempts, Duration joinEarly, Duration noShowGrace, Duration offerHold,
                                  SecondLevelPolicy secondLevel, Map<String, String> outcomes, String organizer) {
    /** Checks the values. */
    public AppointmentSettings {
        Objects.requireNonNull(secondLevel, "secondLevel");
        Objects.requireNonNull(organizer, "organizer");
        if (maxActivePerTopic < 1 || maxActivePerTopic > 100 || admissionCodeDigits < 6 || admissionCodeDigits > 10
                || admissionAttempts < 1 || admissionAttempts > 10
                || !within(reminderBefore, Duration.ofMinutes(1), Duration.ofDays(2))
                || !within(joinEarly, Duration.ZERO, Duration.ofHours(1))
                || !within(noShowGrace, Duration.ofMinutes(1), Duration.ofHours(2))
                || !within(offerHold, Duration.ofMinutes(1), Duration.ofDays(2))) {
            throw new IllegalArgumentException("appointment settings out of range");
        }
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(outcomes, "outcomes")));
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("at least one outcome");
        }
        if (!organizer.matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("the organizer is an e-mail address");
        }
    }

    private static boolean within(Duration d, Duration min, Duration max) {
        return d != null && d.compareTo(min) >= 0 && d.compareTo(max) <= 0;
    }

    /** The defaults. */
    public static AppointmentSettings defaults() {
        Map<String, String> outcomes = new LinkedHashMap<>();
        outcomes.put("INFORMATION_GIVEN", "Informazioni fornite");
        outcomes.put("REQUEST_OPENED", "Aperta una richiesta");
        outcomes.put("FOLLOW_UP_NEEDED", "Serve un seguito");
        outcomes.put("REFERRED", "Indirizzato ad altro servizio");
        return new AppointmentSettings(1, Duration.ofMinutes(30), 6, 5, Duration.ofMinutes(10), Duration.ofMinutes(15),
                Duration.ofHours(2), SecondLevelPolicy.DEFAULT, outcomes, "noreply@sportello.invalid");
    }

    /**
     * The same settings with another limit of active bookings per user and topic.
     *
     * @param limit 1 to 100
     * @return new settings
     */
    public AppointmentSettings withMaxActivePerTopic(int limit) {
        return new AppointmentSettings(limit, reminderBefore, admissionCodeDigits, admissionAttempts, joinEarly, noShowGrace,
                offerHold, secondLevel, outcomes, organizer);
    }

    /**
     * The same settings with another reminder lead time.
     *
     * @param before how long before the start
     * @return new settings
     */
    public AppointmentSettings withReminderBefore(Duration before) {
        return new AppointmentSettings(maxActivePerTopic, before, admissionCodeDigits, admissionAttempts, joinEarly, noShowGrace,
                offerHold, secondLevel, outcomes, organizer);
    }

    /**
     * The same settings with another waitlist offer hold.
     *
     * @param hold how long a freed seat is held
     * @return new settings
     */
    public AppointmentSettings withOfferHold(Duration hold) {
        return new AppointmentSettings(maxActivePerTopic, reminderBefore, admissionCodeDigits, admissionAttempts, joinEarly,
                noShowGrace, hold, secondLevel, outcomes, organizer);
    }

    /**
     * The same settings with another second-level policy.
     *
     * @param policy who may book second-level information
     * @return new settings
     */
    public AppointmentSettings withSecondLevel(SecondLevelPolicy policy) {
        return new AppointmentSettings(maxActivePerTopic, reminderBefore, admissionCodeDigits, admissionAttempts, joinEarly,
                noShowGrace, offerHold, policy, outcomes, organizer);
    }
}
