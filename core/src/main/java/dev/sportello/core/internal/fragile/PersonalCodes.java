package dev.sportello.core.internal.fragile;

import dev.sportello.core.FragileUserSettings;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Personal codes (R-USR-5): drawn from the settings' {@link SecureRandom} over an alphabet without look-alike
 * characters, read back whatever their case, spaces and hyphens, and stored only as
 * {@code pbkdf2-sha256$iterations$salt$hash} — PBKDF2-HMAC-SHA256 of the JDK, a 16-byte salt, a 256-bit key.
 * No key-derivation library is in the build; PBKDF2 is the JDK's own, FIPS-approved, and its cost is stored
 * with each hash, so raising the iterations later leaves older codes readable. Comparisons take constant time.
 *
 * <p>Thread-safe ({@link SecureRandom} is).
 */
final class PersonalCodes {
    /** No 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, G: what a reader cannot tell apart on paper or on the phone. */
    static final String ALPHABET = "ACDEFHJKMNPRTUVWXY34679";
    private static final String SCHEME = "pbkdf2-sha256";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final FragileUserSettings settings;

    PersonalCodes(FragileUserSettings settings) {
        this.settings = settings;
    }

    /** A new code, {@code codeLength()} characters of the alphabet. */
    String next() {
        SecureRandom random = settings.codeRandom();
        StringBuilder code = new StringBuilder(settings.codeLength());
        for (int i = 0; i < settings.codeLength(); i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as printed: groups of five, {@code XK7MA-3FHRT}. */
    static String printed(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('-');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }

    /** What a caller read out, without spaces and hyphens, in upper case (ASCII letters only). */
    static String normalised(String typed) {
        StringBuilder out = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == ' ' || c == '-' || c == '\u00a0') {
                continue;
            }
            out.append(c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c);
        }
        return out.toString();
    }

    /** The stored form of a code, with a fresh salt and the settings' iterations. */
    String hash(String code) {
        byte[] salt = new byte[16];
        settings.codeRandom().nextBytes(salt);
        int iterations = settings.codeHashIterations();
        return SCHEME + "$" + iterations + "$" + B64.encodeToString(salt) + "$"
                + B64.encodeToString(derive(code, salt, iterations));
    }

    /**
     * Whether what a caller read out is the code of a stored hash. A text that cannot be a code (wrong length,
     * a character outside the alphabet) is still derived, so a wrong code costs the same time whatever it is.
     */
    static boolean matches(String typed, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        int iterations;
        byte[] salt;
        byte[] expected;
        try {
            iterations = Integer.parseInt(parts[1]);
            salt = B64D.decode(parts[2]);
            expected = B64D.decode(parts[3]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String code = normalised(typed);
        if (iterations < 1 || iterations > 10_000_000 || code.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(derive(code, salt, iterations), expected);
    }

    private static byte[] derive(String code, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(code.toCharArray(), salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
