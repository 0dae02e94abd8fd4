package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An e-mail address ({@code local@domain}) with the syntax mail servers accept in practice: a
 * dot-atom local part of at most 64 characters, a domain of at least two labels with a letter TLD,
 * at most 254 characters in all. The domain is lower-cased.
 *
 * <p>Immutable, valid by construction and thread-safe. {@link #toString()} masks the local part.
 *
 * @param value the address, never null
 */
public record EmailAddress(String value) {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    /**
     * Checks the syntax.
     *
     * @throws dev.sportello.InvalidInputException naming field {@code email}
     */
    public EmailAddress {
        Arguments.required(value, "EmailAddress", "value");
        String trimmed = value.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at > 64 || trimmed.length() > 254) {
            throw invalid();
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!LOCAL.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
            throw invalid();
        }
        value = local + "@" + domain;
    }

    private static RuntimeException invalid() {
        return SportelloException.invalidField(ErrorCode.USR_EMAIL_INVALID, "email", Map.of());
    }

    /** The address with the local part masked, e.g. {@code m***@example.it}. */
    public String masked() {
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }

    @Override
    public String toString() {
        return masked();
    }
}
