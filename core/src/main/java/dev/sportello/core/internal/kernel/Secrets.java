package dev.sportello.core.internal.kernel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One-time codes and their salted hashes. Codes are drawn from a {@link SecureRandom}; only
 * {@code sha256$salt$hash} is stored and comparisons take constant time. Codes are short-lived and
 * attempt-limited, which is what makes a fast hash acceptable here.
 *
 * <p>Thread-safe.
 */
public final class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private Secrets() {
    }

    /**
     * A random code of decimal digits.
     *
     * @param digits how many digits, 4 to 12
     * @return the code, with leading zeros kept
     */
    public static String numericCode(int digits) {
        StringBuilder code = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            code.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return code.toString();
    }

    /**
     * A salted hash of a code.
     *
     * @param code the code
     * @return {@code sha256$salt$hash}
     */
    public static String hash(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return "sha256$" + B64.encodeToString(salt) + "$" + B64.encodeToString(digest(salt, code));
    }

    /**
     * Whether a code matches a stored hash, in constant time.
     *
     * @param code   the code entered
     * @param stored the stored hash
     * @return true if it matches
     */
    public static boolean matches(String code, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 3 || !"sha256".equals(parts[0])) {
            return false;
        }
        return MessageDigest.isEqual(digest(B64D.decode(parts[1]), code), B64D.decode(parts[2]));
    }

    private static byte[] digest(byte[] salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
