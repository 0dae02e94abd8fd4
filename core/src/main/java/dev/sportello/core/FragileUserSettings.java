package dev.sportello.core;

import dev.sportello.users.EmailAddress;

import java.net.URI;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The fragile-users channel (R-USR-5): its personal codes and the contacts its letters list.
 *
 * <p>Personal codes are drawn from {@link #codeRandom()} over an alphabet without look-alike characters
 * ({@code ACDEFHJKMNPRTUVWXY34679}: no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, G), {@link #codeLength()} of them. Only a
 * PBKDF2-HMAC-SHA256 hash with a 16-byte random salt and {@link #codeHashIterations()} iterations is stored: a
 * personal code lives for years, unlike a one-time code, so its hash must be slow to guess offline. Wrong
 * codes lock identification after {@link #codeAttempts()}.
 *
 * <p>Defaults: codes of 10 characters (about 45 bits), 5 attempts, 600,000 iterations (OWASP's figure for
 * PBKDF2-HMAC-SHA256), a {@link SecureRandom} of the platform, letterhead {@code INPS}. The phone line, the
 * portal and the mailbox have no default: enrolment refuses to post a letter without them
 * ({@code CONFIG_INVALID}).
 *
 * <p>Immutable and thread-safe (the random generator is thread-safe); the builder is not.
 */
public final class FragileUserSettings {
    private final int codeLength;
    private final int codeAttempts;
    private final int codeHashIterations;
    private final SecureRandom codeRandom;
    private final String phoneLine;
    private final URI portal;
    private final EmailAddress mailbox;
    private final String letterhead;

    private FragileUserSettings(Builder b) {
        codeLength = b.codeLength;
        codeAttempts = b.codeAttempts;
        codeHashIterations = b.codeHashIterations;
        codeRandom = b.codeRandom;
        phoneLine = b.phoneLine;
        portal = b.portal;
        mailbox = b.mailbox;
        letterhead = b.letterhead;
    }

    /** The defaults. */
    public static FragileUserSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.codeLength = codeLength;
        b.codeAttempts = codeAttempts;
        b.codeHashIterations = codeHashIterations;
        b.codeRandom = codeRandom;
        b.phoneLine = phoneLine;
        b.portal = portal;
        b.mailbox = mailbox;
        b.letterhead = letterhead;
        return b;
    }

    /** Characters of a personal code, 8 to 16. */
    public int codeLength() {
        return codeLength;
    }

    /** Wrong personal codes before identification locks, 1 to 10. */
    public int codeAttempts() {
        return codeAttempts;
    }

    /** PBKDF2 iterations of a new code's hash, 10,000 to 10,000,000 (stored with the hash). */
    public int codeHashIterations() {
        return codeHashIterations;
    }

    /** Where personal codes and their salts come from; never null. */
    public SecureRandom codeRandom() {
        return codeRandom;
    }

    /** The dedicated phone line, as printed on the letters; empty if not set. */
    public Optional<String> phoneLine() {
        return Optional.ofNullable(phoneLine);
    }

    /** The channel's portal, as printed on the letters; empty if not set. */
    public Optional<URI> portal() {
        return Optional.ofNullable(portal);
    }

    /** The channel's mailbox, as printed on the letters; empty if not set. */
    public Optional<EmailAddress> mailbox() {
        return Optional.ofNullable(mailbox);
    }

    /** The institution's name at the head of the letters; never null. */
    public String letterhead() {
        return letterhead;
    }

    /** Collects the settings; each setter checks its value ({@code CONFIG_INVALID} naming it). Not thread-safe. */
    public static final class Builder {
        private int codeLength = 10;
        private int codeAttempts = 5;
        private int codeHashIterations = 600_000;
        private SecureRandom codeRandom = new SecureRandom();
        private String phoneLine;
        private URI portal;
        private EmailAddress mailbox;
        private String letterhead = "INPS";

        private Builder() {
        }

        /**
         * Characters of a personal code.
         *
         * @param value 8 to 16
         * @return this builder
         */
        public Builder codeLength(int value) {
            codeLength = SettingsChecks.range(value, 8, 16, "FragileUserSettings.codeLength");
            return this;
        }

        /**
         * Wrong personal codes allowed before identification locks until the code is reissued.
         *
         * @param value 1 to 10
         * @return this builder
         */
        public Builder codeAttempts(int value) {
            codeAttempts = SettingsChecks.range(value, 1, 10, "FragileUserSettings.codeAttempts");
            return this;
        }

        /**
         * PBKDF2 iterations for the hash of new personal codes; codes hashed before keep theirs.
         *
         * @param value 10,000 to 10,000,000
         * @return this builder
         */
        public Builder codeHashIterations(int value) {
            codeHashIterations = SettingsChecks.range(value, 10_000, 10_000_000, "FragileUserSettings.codeHashIterations");
            return this;
        }

        /**
         * Where personal codes and salts come from: a seeded {@code SecureRandom.getInstance("SHA1PRNG")} makes
         * tests repeatable; production keeps the default.
         *
         * @param value the generator, not null
         * @return this builder
         */
        public Builder codeRandom(SecureRandom value) {
            codeRandom = SettingsChecks.required(value, "FragileUserSettings.codeRandom");
            return this;
        }

        /**
         * The dedicated phone line printed on the letters.
         *
         * @param value 3 to 30 digits, spaces and {@code + ( ) - . /}, e.g. {@code 803 164}
         * @return this builder
         */
        public Builder phoneLine(String value) {
            SettingsChecks.required(value, "FragileUserSettings.phoneLine");
            if (!value.matches("[0-9+ ()./-]{3,30}") || value.chars().filter(Character::isDigit).count() < 3) {
                throw SettingsChecks.invalid("FragileUserSettings.phoneLine", "3 to 30 digits, spaces and + ( ) - . /");
            }
            phoneLine = value.strip();
            return this;
        }

        /**
         * The channel's portal printed on the letters.
         *
         * @param value an absolute {@code https} address, not null
         * @return this builder
         */
        public Builder portal(URI value) {
            SettingsChecks.required(value, "FragileUserSettings.portal");
            if (!"https".equalsIgnoreCase(value.getScheme()) || value.getHost() == null || value.toString().length() > 200) {
                throw SettingsChecks.invalid("FragileUserSettings.portal", "an absolute https address of at most 200 characters");
            }
            portal = value;
            return this;
        }

        /**
         * The channel's mailbox printed on the letters.
         *
         * @param value the address, not null
         * @return this builder
         */
        public Builder mailbox(EmailAddress value) {
            mailbox = SettingsChecks.required(value, "FragileUserSettings.mailbox");
            return this;
        }

        /**
         * The institution's name at the head of the letters.
         *
         * @param value 1 to 80 printable characters
         * @return this builder
         */
        public Builder letterhead(String value) {
            SettingsChecks.required(value, "FragileUserSettings.letterhead");
            String text = value.strip();
            if (text.isEmpty() || text.length() > 80 || !dev.sportello.Arguments.isWellFormed(text)
                    || text.chars().anyMatch(c -> c < ' ')) {
                throw SettingsChecks.invalid("FragileUserSettings.letterhead", "1 to 80 printable characters");
            }
            letterhead = text;
            return this;
        }

        /** The settings. */
        public FragileUserSettings build() {
            return new FragileUserSettings(this);
        }
    }
}
