package dev.sportello.core.internal.medical;

import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.SportelloException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guide's texts per language, strict: the bundled Italian file defines the keys and, per key, the
 * placeholders it offers; every text (bundled or overridden) must use exactly those. A text is rendered only
 * with a value for each of its placeholders — never a silently altered text.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class GuideTemplates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Map<Language, Map<String, String>> texts;
    private final Map<String, Set<String>> placeholders;

    private GuideTemplates(Map<Language, Map<String, String>> texts, Map<String, Set<String>> placeholders) {
        this.texts = texts;
        this.placeholders = placeholders;
    }

    /**
     * Loads the bundled texts and applies the overrides.
     *
     * @param overrides key → text per language
     * @return the templates
     * @throws SportelloException {@code MED_TEMPLATE_KEY_UNKNOWN}, {@code MED_TEMPLATE_PLACEHOLDER_UNKNOWN} or
     *                            {@code MED_TEMPLATE_PLACEHOLDER_MISSING}, naming the language and key
     */
    static GuideTemplates load(Map<Language, Map<String, String>> overrides) {
        Map<String, String> italian = bundled(Language.IT);
        Map<String, Set<String>> offered = new HashMap<>();
        italian.forEach((key, text) -> offered.put(key, placeholdersOf(text)));
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> merged = new HashMap<>(italian);
            merged.putAll(language == Language.IT ? Map.of() : bundled(language));
            merged.putAll(overrides.getOrDefault(language, Map.of()));
            merged.forEach((key, text) -> check(offered, language, key, text));
            all.put(language, Map.copyOf(merged));
        }
        return new GuideTemplates(all, Map.copyOf(offered));
    }

    /**
     * Renders a text.
     *
     * @param language the language
     * @param key      the key, one of the bundled ones
     * @param values   a value for each placeholder of the key (more are an error too)
     * @return the text
     */
    String text(Language language, String key, Map<String, String> values) {
        String template = texts.get(language).get(key);
        if (template == null || !placeholders.get(key).equals(values.keySet())) {
            throw new IllegalStateException("guide text " + key + " rendered with " + values.keySet());
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A text without placeholders. */
    String text(Language language, String key) {
        return text(language, key, Map.of());
    }

    private static void check(Map<String, Set<String>> offered, Language language, String key, String text) {
        Set<String> allowed = offered.get(key);
        Map<String, String> where = Map.of("language", language.tag(), "key", key);
        if (allowed == null) {
            throw SportelloException.invalidField(ErrorCode.MED_TEMPLATE_KEY_UNKNOWN, "MedicalSettings.templates", where);
        }
        int limit = key.equals("title") ? 200 : 2000;   // the notice's title and paragraph limits: refused here, not in the task
        if (text.isBlank() || text.length() > limit) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "MedicalSettings.templates", Map.of("language",
                    language.tag(), "key", key, "reason", "not blank, at most " + limit + " characters"));
        }
        Set<String> used = placeholdersOf(text);
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw SportelloException.invalidField(ErrorCode.MED_TEMPLATE_PLACEHOLDER_UNKNOWN, "MedicalSettings.templates",
                    Map.of("language", language.tag(), "key", key, "placeholder", unknown.iterator().next()));
        }
        Set<String> missing = new TreeSet<>(allowed);
        missing.removeAll(used);
        if (!missing.isEmpty()) {
            throw SportelloException.invalidField(ErrorCode.MED_TEMPLATE_PLACEHOLDER_MISSING, "MedicalSettings.templates",
                    Map.of("language", language.tag(), "key", key, "placeholder", missing.iterator().next()));
        }
    }

    static Set<String> placeholdersOf(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Map<String, String> bundled(Language language) {
        String name = "guide_" + language.tag() + ".properties";
        try (InputStream in = GuideTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
