package dev.sportello.core;

import java.time.Duration;

/**
 * The delegation area (R-DEL-1…3): the acceptance code of a requested delegation and the notice before
 * parental responsibility ends at the minor's 18th birthday.
 *
 * <p>Defaults: acceptance codes of 8 digits, 5 wrong attempts, a pending delegation expires 7 days after it
 * was requested; the parent and the minor are told 30 days before the 18th birthday, and again at it.
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class DelegationSettings {
    private final int codeDigits;
    private final int codeAttempts;
    private final Duration acceptanceWindow;
    private final Duration comingOfAgeNotice;

    private DelegationSettings(Builder b) {
        codeDigits = b.codeDigits;
        codeAttempts = b.codeAttempts;
        acceptanceWindow = b.acceptanceWindow;
        comingOfAgeNotice = b.comingOfAgeNotice;
    }

    /** The defaults. */
    public static DelegationSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.codeDigits = codeDigits;
        b.codeAttempts = codeAttempts;
        b.acceptanceWindow = acceptanceWindow;
        b.comingOfAgeNotice = comingOfAgeNotice;
        return b;
    }

    /** Digits of an acceptance code, 6 to 12. */
    public int codeDigits() {
        return codeDigits;
    }

    /** Wrong acceptance codes allowed before the delegator must request again, 1 to 10. */
    public int codeAttempts() {
        return codeAttempts;
    }

    /** How long a requested delegation waits for the delegate, 1 hour to 30 days. */
    public Duration acceptanceWindow() {
        return acceptanceWindow;
    }

    /** How long before the minor's 18th birthday the parent and the minor are told, 1 to 180 days. */
    public Duration comingOfAgeNotice() {
        return comingOfAgeNotice;
    }

    /** Collects the settings; each setter checks its value ({@code CONFIG_INVALID} naming it). Not thread-safe. */
    public static final class Builder {
        private int codeDigits = 8;
        private int codeAttempts = 5;
        private Duration acceptanceWindow = Duration.ofDays(7);
        private Duration comingOfAgeNotice = Duration.ofDays(30);

        private Builder() {
        }

        /**
         * Digits of an acceptance code.
         *
         * @param value 6 to 12
         * @return this builder
         */
        public Builder codeDigits(int value) {
            codeDigits = SettingsChecks.range(value, 6, 12, "DelegationSettings.codeDigits");
            return this;
        }

        /**
         * Wrong acceptance codes allowed.
         *
         * @param value 1 to 10
         * @return this builder
         */
        public Builder codeAttempts(int value) {
            codeAttempts = SettingsChecks.range(value, 1, 10, "DelegationSettings.codeAttempts");
            return this;
        }

        /**
         * How long a requested delegation waits for the delegate's acceptance.
         *
         * @param value 1 hour to 30 days, not null
         * @return this builder
         */
        public Builder acceptanceWindow(Duration value) {
            acceptanceWindow = SettingsChecks.range(value, Duration.ofHours(1), Duration.ofDays(30),
                    "DelegationSettings.acceptanceWindow");
            return this;
        }

        /**
         * How long before the end of parental responsibility (the 18th birthday) the parent and the minor are told.
         *
         * @param value 1 to 180 days, not null
         * @return this builder
         */
        public Builder comingOfAgeNotice(Duration value) {
            comingOfAgeNotice = SettingsChecks.range(value, Duration.ofDays(1), Duration.ofDays(180),
                    "DelegationSettings.comingOfAgeNotice");
            return this;
        }

        /** The settings. */
        public DelegationSettings build() {
            return new DelegationSettings(this);
        }
    }
}
