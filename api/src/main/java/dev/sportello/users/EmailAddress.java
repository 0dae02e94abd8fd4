package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An e-mail address ({@code local@domain}) with the syntax mail servers accept in practice: a
 * dot-atom local part of at most 64 ASCII characters, a domain of at least two labels with a letter or
 * Punycode ({@code xn--}) TLD, at most 254 characters in all. The domain is lower-cased. An
 * internationalised domain ({@code maria@città.it}) is accepted and kept in its ASCII (Punycode) form
 * ({@code maria@xn--citt-3na.it}), which is what mail servers route on; {@link #display()} shows it in
 * Unicode, lower case. A domain that the conversion would change into another name is refused rather
 * than rewritten: {@code ß} (IDNA 2003 maps it to {@code ss}, IDNA 2008 keeps it: two different domains),
 * full-width letters, and invisible characters such as the zero-width joiner or the soft hyphen. A local
 * part outside ASCII (SMTPUTF8) is refused with {@code USR_EMAIL_INVALID}: not every mail server
 * delivers it.
 *
 * <p>Immutable, valid by construction and thread-safe. {@link #toString()} masks the local part.
 *
 * @param value the address, never null
 */
public record EmailAddress(String value) {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN =
            Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})");

    /**
     * Checks the syntax; an internationalised domain is turned into its ASCII (Punycode) form.
     *
     * @throws dev.sportello.InvalidInputException naming field {@code email}
     */
    public EmailAddress {
        String trimmed = Arguments.strip(Arguments.required(value, "EmailAddress", "value"));
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at > 64 || trimmed.length() > 254) {
            throw invalid();
        }
        String local = trimmed.substring(0, at);
        String domain = asciiDomain(trimmed.substring(at + 1));
        // the 254 limit applies to the address as stored: Punycode makes an internationalised domain longer
        if (!LOCAL.matcher(local).matches() || domain == null || domain.length() > 253
                || local.length() + 1 + domain.length() > 254 || !DOMAIN.matcher(domain).matches()) {
            throw invalid();
        }
        value = local + "@" + domain;
    }

    /**
     * The domain in lower-case ASCII: Punycode for an internationalised name; null if it is not a name,
     * or if the conversion maps or drops a character (then the ASCII form would name another domain).
     */
    private static String asciiDomain(String domain) {
        if (isPlainAscii(domain)) {
            return domain.toLowerCase(Locale.ROOT);   // nothing to convert: the common case, without IDN's work
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        // toUnicode decodes Punycode labels and keeps others as typed: both sides must name the same labels
        String typed = IDN.toUnicode(Normalizer.normalize(domain.toLowerCase(Locale.ROOT), Normalizer.Form.NFC));
        return IDN.toUnicode(ascii).equals(typed) ? ascii : null;
    }

    /** Letters, digits, hyphens and dots only, and no Punycode label: IDN would return it as it is. */
    private static boolean isPlainAscii(String domain) {
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        return !domain.regionMatches(true, 0, "xn--", 0, 4) && !domain.toLowerCase(Locale.ROOT).contains(".xn--");
    }

    /**
     * The address as people read it: an internationalised domain in its Unicode form, lower case (the
     * {@link #value()} keeps the ASCII form that mail servers need).
     *
     * @return the address for display, never null
     */
    public String display() {
        int at = value.lastIndexOf('@');
        return value.substring(0, at + 1) + IDN.toUnicode(value.substring(at + 1));
    }

    private static RuntimeException invalid() {
        return SportelloException.invalidField(ErrorCode.USR_EMAIL_INVALID, "email", Map.of());
    }

    /**
     * The address with the local part masked: its first character and the domain, e.g.
     * {@code m***@example.it}; a local part of one or two characters is masked whole ({@code ***@example.it}).
     *
     * @return the masked address, never null
     */
    public String masked() {
        int at = value.lastIndexOf('@');
        return (at > 2 ? value.charAt(0) + "***" : "***") + value.substring(at);
    }

    @Override
    public String toString() {
        return masked();
    }
}
