package dev.sportello.spring.boot.autoconfigure;

import java.time.Duration;

/**
 * {@code sportello.users.*}: the one-time codes that verify a contact. Defaults as {@code UserSettings.defaults()}.
 *
 * <p>Not thread-safe: Spring binds it once at start-up.
 */
public class UserProperties {
    /** Digits of a one-time code (6 to 10). */
    private int codeDigits = 6;
    /** How long a one-time code is valid (1 minute to 1 day). */
    private Duration codeValidity = Duration.ofMinutes(10);
    /** Wrong attempts before a one-time code is void (1 to 10). */
    private int codeAttempts = 5;

    /** {@return digits of a one-time code} */
    public int getCodeDigits() {
        return codeDigits;
    }

    /** @param codeDigits digits of a one-time code */
    public void setCodeDigits(int codeDigits) {
        this.codeDigits = codeDigits;
    }

    /** {@return how long a one-time code is valid; null only if bound so} */
    public Duration getCodeValidity() {
        return codeValidity;
    }

    /** @param codeValidity how long a one-time code is valid; null to unset */
    public void setCodeValidity(Duration codeValidity) {
        this.codeValidity = codeValidity;
    }

    /** {@return wrong attempts before a one-time code is void} */
    public int getCodeAttempts() {
        return codeAttempts;
    }

    /** @param codeAttempts wrong attempts before a one-time code is void */
    public void setCodeAttempts(int codeAttempts) {
        this.codeAttempts = codeAttempts;
    }
}
