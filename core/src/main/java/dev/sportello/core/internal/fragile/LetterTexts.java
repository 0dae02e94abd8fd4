package dev.sportello.core.internal.fragile;

import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.SportelloException;
import dev.sportello.core.FragileUserSettings;
import dev.sportello.fragile.LetterPurpose;
import dev.sportello.offices.Office;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the channel's letters, bundled in Italian, English and German ({@code letters_<lang>.properties}
 * beside this class; a missing text falls back to Italian), filled in one pass so that a value can never bring
 * in a placeholder, and laid out as a {@link LetterPdf.Content}: large print for a civilly blind recipient.
 *
 * <p>Immutable and thread-safe.
 */
final class LetterTexts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final int NORMAL = 11;
    private static final int LARGE = 16;

    private final Map<Language, Properties> texts = new EnumMap<>(Language.class);
    private final FragileUserSettings settings;

    LetterTexts(FragileUserSettings settings) {
        this.settings = settings;
        for (Language language : Language.values()) {
            texts.put(language, load(language));
        }
    }

    private static Properties load(Language language) {
        Properties properties = new Properties();
        try (InputStream in = LetterTexts.class.getResourceAsStream("letters_" + language.tag() + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * Fails with {@code CONFIG_INVALID} naming the first contact the letters need and the settings lack: a
     * letter that lists no way to reach the channel must not be posted.
     */
    void requireContacts() {
        if (settings.phoneLine().isEmpty()) {
            throw missing("FragileUserSettings.phoneLine");
        }
        if (settings.portal().isEmpty()) {
            throw missing("FragileUserSettings.portal");
        }
        if (settings.mailbox().isEmpty()) {
            throw missing("FragileUserSettings.mailbox");
        }
    }

    private static SportelloException missing(String field) {
        return SportelloException.invalidField(ErrorCode.CONFIG_INVALID, field,
                Map.of("reason", "the letters of the fragile-users channel list it"));
    }

    /**
     * A letter's content.
     *
     * @param purpose   what it carries
     * @param language  the recipient's language
     * @param recipient the name and address lines
     * @param office    the recipient's competent office
     * @param at        the letter's date
     * @param values    the purpose's own placeholders: {@code code}, or {@code document} and {@code requested}
     * @param large     large print
     * @return the content to render
     */
    LetterPdf.Content content(LetterPurpose purpose, Language language, List<String> recipient, Office office,
                              Instant at, Map<String, String> values, boolean large) {
        requireContacts();
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale()).withZone(office.zone());
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put("name", recipient.get(0));
        all.put("office", office.name());
        all.put("phone", settings.phoneLine().orElseThrow());
        all.put("portal", settings.portal().orElseThrow().toString());
        all.put("email", settings.mailbox().orElseThrow().display());
        if (values.containsKey("requested")) {
            all.put("requested", date.format(Instant.parse(values.get("requested"))));
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text(language, purpose.name() + ".body").split("\n")) {
            paragraphs.add(fill(paragraph, all));
        }
        return new LetterPdf.Content(settings.letterhead(), recipient, date.format(at),
                fill(text(language, purpose.name() + ".subject"), all), paragraphs, large ? LARGE : NORMAL);
    }

    private String text(Language language, String key) {
        String text = texts.get(language).getProperty(key);
        return text != null ? text : texts.get(Language.IT).getProperty(key, key);
    }

    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
