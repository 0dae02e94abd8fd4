package dev.sportello.core.internal.notifications;

import dev.sportello.notifications.SmsEncoding;

/**
 * Counts SMS parts the way the network does. GSM 03.38 7-bit text: 160 septets in one part, 153 per
 * part when concatenated; characters of the extension table (^ { } \ [ ~ ] | € and form feed) take
 * two septets and are never split across parts. Any other character forces UCS-2: 70 UTF-16 code
 * units in one part, 67 per part, surrogate pairs never split. Written here on purpose: no well-kept
 * Java library does this.
 *
 * <p>Thread-safe (stateless).
 */
public final class SmsText {
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";
    /** Septets per UTF-16 unit: 1 basic, 2 extension, 0 not GSM-7; one lookup instead of two string scans. */
    private static final byte[] SEPTETS = septets();

    /**
     * The size of a text.
     *
     * @param encoding the alphabet needed
     * @param units    septets (GSM-7) or UTF-16 code units (UCS-2)
     * @param segments the number of parts
     */
    public record Size(SmsEncoding encoding, int units, int segments) {
    }

    private SmsText() {
    }

    /**
     * Whether every character of a text is in the GSM-7 basic set or its extension table.
     *
     * @param text the text
     * @return true if it can be sent as GSM-7
     */
    public static boolean isGsm7(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (SEPTETS[text.charAt(i)] == 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] septets() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        BASIC.chars().forEach(c -> table[c] = 1);
        EXTENSION.chars().forEach(c -> table[c] = 2);
        return table;
    }

    /**
     * Measures a text.
     *
     * @param text the text
     * @return its encoding, length and parts
     */
    public static Size measure(CharSequence text) {
        return isGsm7(text) ? gsm7(text) : ucs2(text);
    }

    private static Size gsm7(CharSequence text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            septets += SEPTETS[text.charAt(i)];
        }
        if (septets <= 160) {
            return new Size(SmsEncoding.GSM_7, septets, septets == 0 ? 1 : 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = SEPTETS[text.charAt(i)];
            if (used + cost > 153) {
                segments++;
                used = 0;
            }
            used += cost;
        }
        return new Size(SmsEncoding.GSM_7, septets, segments);
    }

    private static Size ucs2(CharSequence text) {
        int units = text.length();
        if (units <= 70) {
            return new Size(SmsEncoding.UCS_2, units, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? 2 : 1;
            if (used + cost > 67) {
                segments++;
                used = 0;
            }
            used += cost;
            i += cost - 1;
        }
        return new Size(SmsEncoding.UCS_2, units, segments);
    }
}
