package dev.sportello;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Renders error messages from the bundled English and Italian catalogues. */
final class ErrorMessages {
    private static final Properties ENGLISH = load("errors.properties");
    private static final Properties ITALIAN = load("errors_it.properties");

    private ErrorMessages() {
    }

    static String render(ErrorCode code, Map<String, String> details, List<Violation> violations, Locale locale) {
        StringBuilder out = new StringBuilder(code.name()).append(": ").append(fill(template(code, locale), details));
        if (!violations.isEmpty() && code == ErrorCode.VALIDATION_FAILED) {
            for (Violation v : violations) {
                out.append(v == violations.get(0) ? " " : "; ").append(v.field()).append(' ').append(v.message());
            }
        }
        return out.toString();
    }

    static String template(ErrorCode code, Locale locale) {
        Properties catalogue = "it".equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
        return catalogue.getProperty(code.name(), ENGLISH.getProperty(code.name(), code.name()));
    }

    /** Whether both catalogues hold a message for the code; used by the build to keep them complete. */
    static boolean hasMessages(ErrorCode code) {
        return ENGLISH.containsKey(code.name()) && ITALIAN.containsKey(code.name());
    }

    static String fill(String template, Map<String, String> params) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String name = template.substring(open + 1, close);
            String value = params.get(name);
            out.append(value != null ? value : "{" + name + "}");
            i = close + 1;
        }
        return out.toString();
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = ErrorMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
