package dev.sportello.core.internal.notifications;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One part of a template, split once into literal text and placeholders, so that rendering is string
 * appends without a regular expression. Templates never change after the catalogue is built, so a
 * compiled template is kept for the catalogue's life.
 *
 * <p>Immutable and thread-safe.
 */
final class CompiledTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final String name;
    private final String[] literals;
    private final String[] placeholders;
    private final boolean html;
    private final boolean oneLine;
    private final int length;

    private CompiledTemplate(String name, String[] literals, String[] placeholders, boolean html, boolean oneLine,
                             int length) {
        this.name = name;
        this.literals = literals;
        this.placeholders = placeholders;
        this.html = html;
        this.oneLine = oneLine;
        this.length = length;
    }

    /**
     * Compiles a part's text.
     *
     * @param name    the template's name, for errors ({@code it:KIND.part})
     * @param text    its text
     * @param html    whether values are HTML-escaped
     * @param oneLine whether line breaks become spaces (subjects and titles)
     * @return the compiled template
     */
    static CompiledTemplate of(String name, String text, boolean html, boolean oneLine) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> literals = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            literals.add(text.substring(from, m.start()));
            placeholders.add(m.group(1));
            from = m.end();
        }
        literals.add(text.substring(from));
        return new CompiledTemplate(name, literals.toArray(String[]::new), placeholders.toArray(String[]::new), html,
                oneLine, text.length());
    }

    /**
     * Fills the placeholders.
     *
     * @param values the values
     * @return the text
     * @throws dev.sportello.InvalidInputException with {@code NOT_TEMPLATE_VALUE_MISSING}
     */
    String render(Map<String, String> values) {
        StringBuilder out = new StringBuilder(length + 64);
        out.append(literals[0]);
        for (int i = 0; i < placeholders.length; i++) {
            String value = values.get(placeholders[i]);
            if (value == null) {
                throw SportelloException.invalidField(ErrorCode.NOT_TEMPLATE_VALUE_MISSING, "values." + placeholders[i],
                        Map.of("placeholder", placeholders[i], "template", name));
            }
            out.append(html ? TemplateCatalog.escapeHtml(value) : value);
            out.append(literals[i + 1]);
        }
        String text = out.toString();
        return oneLine ? oneLine(text) : text;
    }

    /** Each run of line breaks (CR, LF, NEL, U+2028, U+2029) becomes one space. */
    static String oneLine(String text) {
        int first = -1;
        for (int i = 0; i < text.length() && first < 0; i++) {
            if (isBreak(text.charAt(i))) {
                first = i;
            }
        }
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        boolean inBreak = false;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBreak(c)) {
                if (!inBreak) {
                    out.append(' ');
                    inBreak = true;
                }
            } else {
                out.append(c);
                inBreak = false;
            }
        }
        return out.toString();
    }

    private static boolean isBreak(char c) {
        return c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
