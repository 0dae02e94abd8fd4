package dev.sportello.core;

import dev.sportello.users.spi.FragilityRegister;

import java.time.Duration;
import java.util.Optional;

/**
 * The users area: one-time codes for contact points (R-USR-3) and the institution's records behind
 * fragile-users eligibility (R-USR-5).
 *
 * <p>Defaults: codes of 6 digits, valid 10 minutes, 5 wrong attempts; no fragility register, so nobody
 * is eligible and sign-language video calls cannot be booked.
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class UserSettings {
    private final int codeDigits;
    private final Duration codeValidity;
    private final int codeAttempts;
    private final FragilityRegister fragilityRegister;

    private UserSettings(Builder b) {
        codeDigits = b.codeDigits;
        codeValidity = b.codeValidity;
        codeAttempts = b.codeAttempts;
        fragilityRegister = b.fragilityRegister;
    }

    /** The defaults. */
    public static UserSettings defaults() {
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
        b.codeValidity = codeValidity;
        b.codeAttempts = codeAttempts;
        b.fragilityRegister = fragilityRegister;
        return b;
    }

    /** Digits of a one-time code, 6 to 10. */
    public int codeDigits() {
        return codeDigits;
    }

    /** How long a code works, 1 minute to 1 day. */
    public Duration codeValidity() {
        return codeValidity;
    }

    /** Wrong codes allowed before a new code is needed, 1 to 10. */
    public int codeAttempts() {
        return codeAttempts;
    }

    /** The fragility register, if one is configured. */
    public Optional<FragilityRegister> fragilityRegister() {
        return Optional.ofNullable(fragilityRegister);
    }

    /** Collects the settings; each setter checks its value ({@code CONFIG_INVALID} naming it). Not thread-safe. */
    public static final class Builder {
        private int codeDigits = 6;
        private Duration codeValidity = Duration.ofMinutes(10);
        private int codeAttempts = 5;
        private FragilityRegister fragilityRegister;

        private Builder() {
        }

        /**
         * Digits of a one-time code.
         *
         * @param value 6 to 10
         * @return this builder
         */
        public Builder codeDigits(int value) {
            codeDigits = SettingsChecks.range(value, 6, 10, "UserSettings.codeDigits");
            return this;
        }

        /**
         * How long a code works.
         *
         * @param value 1 minute to 1 day
         * @return this builder
         */
        public Builder codeValidity(Duration value) {
            codeValidity = SettingsChecks.range(value, Duration.ofMinutes(1), Duration.ofDays(1), "UserSettings.codeValidity");
            return this;
        }

        /**
         * Wrong codes allowed before a new code is needed.
         *
         * @param value 1 to 10
         * @return this builder
         */
        public Builder codeAttempts(int value) {
            codeAttempts = SettingsChecks.range(value, 1, 10, "UserSettings.codeAttempts");
            return this;
        }

        /**
         * The institution's records for fragile-users eligibility (R-USR-5).
         *
         * @param value the register, not null
         * @return this builder
         */
        public Builder fragilityRegister(FragilityRegister value) {
            fragilityRegister = SettingsChecks.required(value, "UserSettings.fragilityRegister");
            return this;
        }

        /** The settings. */
        public UserSettings build() {
            return new UserSettings(this);
        }
    }
}
