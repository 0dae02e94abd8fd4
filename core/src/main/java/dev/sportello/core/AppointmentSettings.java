package dev.sportello.core;

import dev.sportello.appointments.SecondLevelPolicy;
import dev.sportello.appointments.spi.MeetingProvider;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The appointments area (R-APT-1…6): rules, timings and the web-meeting system of video calls.
 *
 * <p>Defaults: 1 active booking per user and topic; the reminder 30 minutes before the start (R-APT-4);
 * an admission code of 6 digits with 5 attempts, valid until the end of the slot; the waiting room opens
 * 10 minutes before the start; a no-show is recorded 15 minutes after the start; a waitlist offer is held
 * for 2 hours (never past the calendar's minimum notice before the slot); the
 * {@link SecondLevelPolicy#DEFAULT second-level policy}; outcomes INFORMATION_GIVEN, REQUEST_OPENED,
 * FOLLOW_UP_NEEDED, REFERRED; invitations organised by {@code noreply@sportello.invalid}; no meeting
 * provider, so a calendar that offers video calls makes {@code build()} fail.
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class AppointmentSettings {
    private final int maxActivePerTopic;
    private final Duration reminderBefore;
    private final int admissionCodeDigits;
    private final int admissionAttempts;
    private final Duration joinEarly;
    private final Duration noShowGrace;
    private final Duration offerHold;
    private final SecondLevelPolicy secondLevel;
    private final Map<String, String> outcomes;
    private final String organizer;
    private final MeetingProvider meetingProvider;

    private AppointmentSettings(Builder b) {
        maxActivePerTopic = b.maxActivePerTopic;
        reminderBefore = b.reminderBefore;
        admissionCodeDigits = b.admissionCodeDigits;
        admissionAttempts = b.admissionAttempts;
        joinEarly = b.joinEarly;
        noShowGrace = b.noShowGrace;
        offerHold = b.offerHold;
        secondLevel = b.secondLevel;
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(b.outcomes));
        organizer = b.organizer;
        meetingProvider = b.meetingProvider;
    }

    /** The defaults. */
    public static AppointmentSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxActivePerTopic = maxActivePerTopic;
        b.reminderBefore = reminderBefore;
        b.admissionCodeDigits = admissionCodeDigits;
        b.admissionAttempts = admissionAttempts;
        b.joinEarly = joinEarly;
        b.noShowGrace = noShowGrace;
        b.offerHold = offerHold;
        b.secondLevel = secondLevel;
        b.outcomes = outcomes;
        b.organizer = organizer;
        b.meetingProvider = meetingProvider;
        return b;
    }

    /** Active bookings a user may hold per topic. */
    public int maxActivePerTopic() {
        return maxActivePerTopic;
    }

    /** How long before the start the reminder is due (R-APT-4). */
    public Duration reminderBefore() {
        return reminderBefore;
    }

    /** Digits of the admission code (R-APT-3). */
    public int admissionCodeDigits() {
        return admissionCodeDigits;
    }

    /** Wrong codes allowed before the code locks. */
    public int admissionAttempts() {
        return admissionAttempts;
    }

    /** How long before the start the waiting room opens. */
    public Duration joinEarly() {
        return joinEarly;
    }

    /** How long after the start a booked user becomes a no-show. */
    public Duration noShowGrace() {
        return noShowGrace;
    }

    /** How long a freed seat is held for the first user on the waitlist. */
    public Duration offerHold() {
        return offerHold;
    }

    /** Who may book second-level information (R-APT-2). */
    public SecondLevelPolicy secondLevel() {
        return secondLevel;
    }

    /** Outcome codes and their Italian labels, in display order. */
    public Map<String, String> outcomes() {
        return outcomes;
    }

    /** The e-mail address that organises the calendar invitations. */
    public String organizer() {
        return organizer;
    }

    /** The web-meeting system of video calls, if one is configured. */
    public Optional<MeetingProvider> meetingProvider() {
        return Optional.ofNullable(meetingProvider);
    }

    /**
     * The same settings with another limit of active bookings per user and topic.
     *
     * @param limit 1 to 100
     * @return new settings
     */
    public AppointmentSettings withMaxActivePerTopic(int limit) {
        return toBuilder().maxActivePerTopic(limit).build();
    }

    /** Collects the settings; each setter checks its value ({@code CONFIG_INVALID} naming it). Not thread-safe. */
    public static final class Builder {
        private int maxActivePerTopic = 1;
        private Duration reminderBefore = Duration.ofMinutes(30);
        private int admissionCodeDigits = 6;
        private int admissionAttempts = 5;
        private Duration joinEarly = Duration.ofMinutes(10);
        private Duration noShowGrace = Duration.ofMinutes(15);
        private Duration offerHold = Duration.ofHours(2);
        private SecondLevelPolicy secondLevel = SecondLevelPolicy.DEFAULT;
        private Map<String, String> outcomes = defaultOutcomes();
        private String organizer = "noreply@sportello.invalid";
        private MeetingProvider meetingProvider;

        private Builder() {
        }

        private static Map<String, String> defaultOutcomes() {
            Map<String, String> outcomes = new LinkedHashMap<>();
            outcomes.put("INFORMATION_GIVEN", "Informazioni fornite");
            outcomes.put("REQUEST_OPENED", "Aperta una richiesta");
            outcomes.put("FOLLOW_UP_NEEDED", "Serve un seguito");
            outcomes.put("REFERRED", "Indirizzato ad altro servizio");
            return outcomes;
        }

        /**
         * Active bookings a user may hold per topic.
         *
         * @param value 1 to 100
         * @return this builder
         */
        public Builder maxActivePerTopic(int value) {
            maxActivePerTopic = SettingsChecks.range(value, 1, 100, "AppointmentSettings.maxActivePerTopic");
            return this;
        }

        /**
         * How long before the start the reminder is due.
         *
         * @param value 1 minute to 2 days
         * @return this builder
         */
        public Builder reminderBefore(Duration value) {
            reminderBefore = SettingsChecks.range(value, Duration.ofMinutes(1), Duration.ofDays(2),
                    "AppointmentSettings.reminderBefore");
            return this;
        }

        /**
         * The admission code: its digits and the wrong attempts allowed.
         *
         * @param digits   6 to 10
         * @param attempts 1 to 10
         * @return this builder
         */
        public Builder admissionCode(int digits, int attempts) {
            admissionCodeDigits = SettingsChecks.range(digits, 6, 10, "AppointmentSettings.admissionCodeDigits");
            admissionAttempts = SettingsChecks.range(attempts, 1, 10, "AppointmentSettings.admissionAttempts");
            return this;
        }

        /**
         * How long before the start the waiting room opens.
         *
         * @param value 0 to 1 hour
         * @return this builder
         */
        public Builder joinEarly(Duration value) {
            joinEarly = SettingsChecks.range(value, Duration.ZERO, Duration.ofHours(1), "AppointmentSettings.joinEarly");
            return this;
        }

        /**
         * How long after the start a booked user becomes a no-show.
         *
         * @param value 1 minute to 2 hours
         * @return this builder
         */
        public Builder noShowGrace(Duration value) {
            noShowGrace = SettingsChecks.range(value, Duration.ofMinutes(1), Duration.ofHours(2),
                    "AppointmentSettings.noShowGrace");
            return this;
        }

        /**
         * How long a freed seat is held for the first user on the waitlist.
         *
         * @param value 1 minute to 2 days
         * @return this builder
         */
        public Builder offerHold(Duration value) {
            offerHold = SettingsChecks.range(value, Duration.ofMinutes(1), Duration.ofDays(2), "AppointmentSettings.offerHold");
            return this;
        }

        /**
         * Who may book second-level information (R-APT-2).
         *
         * @param value the policy, not null
         * @return this builder
         */
        public Builder secondLevel(SecondLevelPolicy value) {
            secondLevel = SettingsChecks.required(value, "AppointmentSettings.secondLevel");
            return this;
        }

        /**
         * The outcomes an operator may complete an appointment with.
         *
         * @param codesAndLabels codes (upper case) and their labels, in display order, at least one
         * @return this builder
         */
        public Builder outcomes(Map<String, String> codesAndLabels) {
            if (codesAndLabels == null || codesAndLabels.isEmpty() || codesAndLabels.entrySet().stream().anyMatch(e ->
                    e.getKey() == null || !e.getKey().matches("[A-Z][A-Z0-9_]{1,39}") || e.getValue() == null
                            || e.getValue().isBlank())) {
                throw SettingsChecks.invalid("AppointmentSettings.outcomes", "at least one upper-case code with a label");
            }
            outcomes = new LinkedHashMap<>(codesAndLabels);
            return this;
        }

        /**
         * The e-mail address that organises the calendar invitations.
         *
         * @param value an e-mail address
         * @return this builder
         */
        public Builder organizer(String value) {
            if (value == null || !value.matches("[^@\\s]{1,64}@[^@\\s]{1,190}")) {
                throw SettingsChecks.invalid("AppointmentSettings.organizer", "an e-mail address");
            }
            organizer = value;
            return this;
        }

        /**
         * The web-meeting system that opens the rooms of video calls (R-APT-3).
         *
         * @param value the provider, e.g. {@code new DeterministicMeetings(...)} from {@code adapters/memory}
         * @return this builder
         */
        public Builder meetingProvider(MeetingProvider value) {
            meetingProvider = SettingsChecks.required(value, "AppointmentSettings.meetingProvider");
            return this;
        }

        /** The settings. */
        public AppointmentSettings build() {
            return new AppointmentSettings(this);
        }
    }
}
