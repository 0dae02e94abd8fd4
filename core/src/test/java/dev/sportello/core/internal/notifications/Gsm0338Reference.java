package dev.sportello.core.internal.notifications;

import dev.sportello.notifications.SmsEncoding;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent reference for SMS sizes, written from 3GPP TS 23.038 and TS 23.040 rather than from
 * the SDK's code: the default alphabet as a table indexed by its 7-bit code, the extension table reached
 * through the escape code 0x1B, the text encoded into septets (or UTF-16 code units), then cut into parts
 * of 160/153 septets or 70/67 units, never splitting an escape sequence or a surrogate pair.
 *
 * <p>Thread-safe: stateless.
 */
final class Gsm0338Reference {
    /** The default alphabet: the character at each 7-bit code; 0x1B is the escape to the extension table. */
    private static final char[] DEFAULT = {
        '@', '£', '$', '¥', 'è', 'é', 'ù', 'ì', 'ò', 'Ç', '\n', 'Ø', 'ø', '\r', 'Å', 'å',
        'Δ', '_', 'Φ', 'Γ', 'Λ', 'Ω', 'Π', 'Ψ', 'Σ', 'Θ', 'Ξ', '\u001b', 'Æ', 'æ', 'ß', 'É',
        ' ', '!', '"', '#', '¤', '%', '&', '\'', '(', ')', '*', '+', ',', '-', '.', '/',
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
        '¡', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
        'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'Ä', 'Ö', 'Ñ', 'Ü', '§',
        '¿', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
        'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'ä', 'ö', 'ñ', 'ü', 'à'};
    /** The extension table: codes after the escape, and their characters. */
    private static final int[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};
    private static final char[] EXTENSION_CHARS = {'\f', '^', '{', '}', '\\', '[', '~', ']', '|', '€'};

    /** A size by the reference. */
    record Size(SmsEncoding encoding, int units, int segments) {
    }

    private Gsm0338Reference() {
    }

    static Size measure(String text) {
        List<int[]> septets = septets(text);
        if (septets != null) {
            return new Size(SmsEncoding.GSM_7, septets.stream().mapToInt(c -> c.length).sum(), parts(septets, 160, 153));
        }
        List<int[]> units = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                units.add(new int[]{c, text.charAt(++i)});
            } else {
                units.add(new int[]{c});
            }
        }
        return new Size(SmsEncoding.UCS_2, text.length(), parts(units, 70, 67));
    }

    /** The text as characters of one or two septets (escape + code), or null if a character has none. */
    private static List<int[]> septets(String text) {
        List<int[]> out = new ArrayList<>();
        for (char c : text.toCharArray()) {
            int code = codeOf(c);
            if (code >= 0) {
                out.add(new int[]{code});
                continue;
            }
            int extension = extensionOf(c);
            if (extension < 0) {
                return null;
            }
            out.add(new int[]{0x1B, extension});
        }
        return out;
    }

    private static int codeOf(char c) {
        for (int code = 0; code < DEFAULT.length; code++) {
            if (code != 0x1B && DEFAULT[code] == c) {
                return code;
            }
        }
        return -1;
    }

    private static int extensionOf(char c) {
        for (int i = 0; i < EXTENSION_CHARS.length; i++) {
            if (EXTENSION_CHARS[i] == c) {
                return EXTENSION_CODES[i];
            }
        }
        return -1;
    }

    /** Parts needed: one if the whole fits {@code single}, else groups of at most {@code each}, unsplit. */
    private static int parts(List<int[]> items, int single, int each) {
        int total = items.stream().mapToInt(c -> c.length).sum();
        if (total <= single) {
            return 1;
        }
        int parts = 1;
        int used = 0;
        for (int[] item : items) {
            if (used + item.length > each) {
                parts++;
                used = 0;
            }
            used += item.length;
        }
        return parts;
    }
}
