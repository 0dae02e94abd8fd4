package dev.sportello;

import java.util.Locale;
import java.util.Map;

/**
 * Languages of the counter: Italian first, English, and German (Bolzano is bilingual).
 *
 * <p>Thread-safe (an enum).
 */
public enum Language {
    /** Italian, the reference language of every template. */
    IT("it"),
    /** English. */
    EN("en"),
    /** German. */
    DE("de");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag: {@code it}, {@code en} or {@code de}. */
    public String tag() {
        return tag;
    }

    /** The matching locale. */
    public Locale locale() {
        return Locale.forLanguageTag(tag());
    }

    /**
     * Reads a language tag such as {@code it}, {@code it-IT} or {@code DE}.
     *
     * @param tag the tag
     * @return the language
     * @throws InvalidInputException with {@link ErrorCode#LANGUAGE_UNSUPPORTED} for any other language or null
     */
    public static Language fromTag(String tag) {
        if (tag == null) {
            throw SportelloException.invalidField(ErrorCode.LANGUAGE_UNSUPPORTED, "language", Map.of("language", "null"));
        }
        String primary = Locale.forLanguageTag(Arguments.strip(tag).replace('_', '-')).getLanguage();
        for (Language language : values()) {
            if (language.tag().equals(primary)) {
                return language;
            }
        }
        throw SportelloException.invalidField(ErrorCode.LANGUAGE_UNSUPPORTED, "language",
                Map.of("language", echo(tag)));
    }

    /** The tag as the error may quote it: at most 16 code points, never half a character or a control. */
    private static String echo(String tag) {
        String cut = tag.codePointCount(0, tag.length()) > 16 ? tag.substring(0, tag.offsetByCodePoints(0, 16)) : tag;
        return Arguments.isWellFormed(cut) ? cut : "(not well-formed)";
    }
}
