package dev.sportello.core.internal.kernel;

import dev.sportello.Arguments;

/**
 * Text helpers that never split a character: lengths count code points, as users see them.
 *
 * <p>Thread-safe: stateless.
 */
public final class Text {
    private Text() {
    }

    /**
     * The text cut to at most {@code max} code points (a surrogate pair is never split).
     *
     * @param text the text, not null
     * @param max  the most code points, at least 0
     * @return the text, or its first {@code max} code points
     */
    public static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int count = text.codePointCount(0, text.length());
        if (count <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max));
    }

    /**
     * The text without the spaces around it ({@link Arguments#strip}: Unicode spaces too, as the boundary
     * sees them), or null for null or blank text.
     *
     * @param text the text, may be null
     * @return the stripped text, or null
     */
    public static String strippedOrNull(String text) {
        String stripped = Arguments.strip(text);
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }
}
