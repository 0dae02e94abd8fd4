package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.kernel.KindSpec;
import dev.sportello.core.internal.kernel.Placeholder;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.RenderedMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message templates per kind, channel and language (R-NOT-3). Italian is the reference and must exist
 * for every channel of a kind; English and German fall back to Italian part by part. Placeholders are
 * strict and checked when the catalogue is built, never at send time: a template that uses an
 * undeclared placeholder, lacks its Italian text, or whose SMS could exceed the maximum number of
 * parts with the longest allowed values is refused.
 *
 * <p>Keys are {@code KIND.part}, the parts being {@code sms}, {@code email.subject},
 * {@code email.text}, {@code email.html}, {@code push.title}, {@code push.body}, {@code inbox.title},
 * {@code inbox.body}. Values in {@code email.html} are HTML-escaped.
 *
 * <p>Immutable and thread-safe.
 */
public final class TemplateCatalog {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final List<String> ALL_PARTS = List.of("sms", "email.subject", "email.text", "email.html",
            "push.title", "push.body", "inbox.title", "inbox.body");

    private final Map<MessageKind, KindSpec> kinds;
    private final Map<Language, Map<String, String>> texts;
    private final int maxSmsSegments;
    /** The parts of a kind on a channel in a language, compiled on first use and kept (templates never change). */
    private final Map<Compiled, List<CompiledTemplate>> compiled = new java.util.concurrent.ConcurrentHashMap<>();

    /** Equality written out: it runs on every rendering, and the generated one goes through a method handle. */
    private record Compiled(MessageKind kind, Channel channel, Language language) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Compiled c && channel == c.channel && language == c.language
                    && kind.code().equals(c.kind.code());
        }

        @Override
        public int hashCode() {
            return (kind.code().hashCode() * 31 + channel.ordinal()) * 31 + language.ordinal();
        }
    }

    private TemplateCatalog(Map<MessageKind, KindSpec> kinds, Map<Language, Map<String, String>> texts, int maxSmsSegments) {
        this.kinds = Map.copyOf(kinds);
        this.texts = texts;
        this.maxSmsSegments = maxSmsSegments;
    }

    /**
     * A set of bundled templates: the kinds of an area and the class beside whose package its
     * {@code templates_<lang>.properties} files lie.
     *
     * @param anchor the class whose package holds the files
     * @param kinds  the kinds the files hold templates for
     */
    public record Bundle(Class<?> anchor, List<KindSpec> kinds) {
        /** Copies the kinds. */
        public Bundle {
            kinds = List.copyOf(kinds);
        }
    }

    /**
     * Loads the areas' bundled templates, adds the integrator's kinds and overrides, and checks everything.
     *
     * @param bundles        the areas' kinds and templates
     * @param extraKinds     kinds declared by the integrator
     * @param overrides      texts by language, keyed as the bundled files
     * @param maxSmsSegments the most SMS parts a message may need
     * @return the catalogue
     * @throws dev.sportello.InvalidInputException if a template is unknown, incomplete or too long
     */
    public static TemplateCatalog load(List<Bundle> bundles, List<KindSpec> extraKinds,
                                       Map<Language, Map<String, String>> overrides, int maxSmsSegments) {
        Map<MessageKind, KindSpec> kinds = new LinkedHashMap<>();
        bundles.forEach(b -> b.kinds().forEach(k -> kinds.put(k.kind(), k)));
        extraKinds.forEach(k -> kinds.put(k.kind(), k));
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<String, String> merged = new HashMap<>();
            bundles.forEach(b -> merged.putAll(bundled(b.anchor(), language)));
            merged.putAll(overrides.getOrDefault(language, Map.of()));
            texts.put(language, Map.copyOf(merged));
        }
        TemplateCatalog catalog = new TemplateCatalog(kinds, texts, maxSmsSegments);
        catalog.check();
        return catalog;
    }

    private static Map<String, String> bundled(Class<?> anchor, Language language) {
        Properties properties = new Properties();
        String name = "templates_" + language.tag() + ".properties";
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new HashMap<>();
        properties.forEach((k, v) -> map.put((String) k, (String) v));
        return map;
    }

    /** The template parts of a channel; a new channel must say what its templates are. */
    private static List<String> parts(Channel channel) {
        return switch (channel) {
            case SMS -> List.of("sms");
            case EMAIL -> List.of("email.subject", "email.text", "email.html");
            case PUSH -> List.of("push.title", "push.body");
            case INBOX -> List.of("inbox.title", "inbox.body");
        };
    }

    private void check() {
        for (Map.Entry<Language, Map<String, String>> language : texts.entrySet()) {
            for (Map.Entry<String, String> entry : language.getValue().entrySet()) {
                String key = entry.getKey();
                int dot = key.indexOf('.');
                KindSpec spec = dot < 0 ? null : kinds.get(kindOrNull(key.substring(0, dot)));
                if (spec == null || !ALL_PARTS.contains(key.substring(dot + 1))) {
                    throw invalid(language.getKey(), key, "no such kind or part");
                }
                Matcher m = PLACEHOLDER.matcher(entry.getValue());
                while (m.find()) {
                    if (!spec.placeholders().containsKey(m.group(1))) {
                        throw SportelloException.of(ErrorCode.NOT_TEMPLATE_PLACEHOLDER_UNKNOWN, Map.of(
                                "template", language.getKey().tag() + ":" + key, "placeholder", m.group(1),
                                "kind", spec.kind().code()));
                    }
                }
            }
        }
        for (KindSpec spec : kinds.values()) {
            for (Channel channel : spec.channels()) {
                for (String part : parts(channel)) {
                    if (!texts.get(Language.IT).containsKey(spec.kind().code() + "." + part)) {
                        throw invalid(Language.IT, spec.kind().code() + "." + part, "the Italian text is missing");
                    }
                }
                if (channel == Channel.SMS) {
                    for (Language language : Language.values()) {
                        checkLongestSms(spec, language);
                    }
                }
            }
        }
    }

    private void checkLongestSms(KindSpec spec, Language language) {
        String key = spec.kind().code() + ".sms";
        String template = text(language, key);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder longest = new StringBuilder();
        while (m.find()) {
            Placeholder p = spec.placeholders().get(m.group(1));
            m.appendReplacement(longest, (p.gsmSafe() ? "x" : "\u0436").repeat(p.maxLength()));
        }
        m.appendTail(longest);
        int segments = SmsText.measure(longest).segments();
        if (segments > maxSmsSegments) {
            throw SportelloException.of(ErrorCode.NOT_SMS_TOO_LONG, Map.of("template", language.tag() + ":" + key,
                    "segments", Integer.toString(segments), "max", Integer.toString(maxSmsSegments)));
        }
    }

    private static MessageKind kindOrNull(String code) {
        try {
            return new MessageKind(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SportelloException invalid(Language language, String key, String reason) {
        return SportelloException.of(ErrorCode.NOT_TEMPLATE_INVALID,
                Map.of("template", language.tag() + ":" + key, "reason", reason));
    }

    private String text(Language language, String key) {
        String text = texts.get(language).get(key);
        return text != null ? text : texts.get(Language.IT).get(key);
    }

    /**
     * Whether a kind has templates for a channel.
     *
     * @param kind    the kind
     * @param channel the channel
     * @return true if so
     */
    public boolean supports(MessageKind kind, Channel channel) {
        KindSpec spec = kinds.get(kind);
        return spec != null && spec.channels().contains(channel);
    }

    /**
     * Whether a kind is known.
     *
     * @param kind the kind
     * @return true if declared
     */
    public boolean knows(MessageKind kind) {
        return kinds.containsKey(kind);
    }

    /**
     * Renders a kind for a channel and language.
     *
     * @param kind     the kind
     * @param channel  the channel
     * @param language the language (Italian parts stand in for missing ones)
     * @param values   the placeholder values
     * @return the rendering
     * @throws dev.sportello.InvalidInputException with {@code NOT_KIND_UNKNOWN},
     *         {@code NOT_TEMPLATE_VALUE_MISSING} or {@code NOT_SMS_TOO_LONG}
     */
    public RenderedMessage render(MessageKind kind, Channel channel, Language language, Map<String, String> values) {
        if (!supports(kind, channel)) {
            throw SportelloException.invalidField(ErrorCode.NOT_KIND_UNKNOWN, "kind", Map.of("kind", kind.code()));
        }
        List<CompiledTemplate> templates = compiled.computeIfAbsent(new Compiled(kind, channel, language), c -> {
            List<CompiledTemplate> parts = new ArrayList<>();
            for (String part : parts(channel)) {
                String key = kind.code() + "." + part;
                parts.add(CompiledTemplate.of(language.tag() + ":" + key, text(language, key), part.endsWith("html"),
                        part.endsWith("subject") || part.endsWith("title")));
            }
            return List.copyOf(parts);
        });
        List<String> rendered = new ArrayList<>(templates.size());
        for (CompiledTemplate template : templates) {
            rendered.add(template.render(values));
        }
        return switch (channel) {
            case SMS -> {
                SmsText.Size size = SmsText.measure(rendered.get(0));
                if (size.segments() > maxSmsSegments) {
                    throw SportelloException.invalidField(ErrorCode.NOT_SMS_TOO_LONG, "values", Map.of("template",
                            language.tag() + ":" + kind.code() + ".sms", "segments", Integer.toString(size.segments()),
                            "max", Integer.toString(maxSmsSegments)));
                }
                yield new RenderedMessage(kind, channel, language, null, rendered.get(0), null, size.segments(),
                        size.encoding());
            }
            case EMAIL -> new RenderedMessage(kind, channel, language, rendered.get(0), rendered.get(1), rendered.get(2),
                    0, null);
            case PUSH, INBOX -> new RenderedMessage(kind, channel, language, rendered.get(0), rendered.get(1), null, 0, null);
        };
    }

    /**
     * A subject or title is one line: each run of line breaks that a value brought (CR, LF, NEL, U+2028,
     * U+2029) becomes one space, so that an e-mail subject cannot end its header and start another.
     */
    static String oneLine(String text) {
        return CompiledTemplate.oneLine(text);
    }

    static String escapeHtml(String value) {
        if (!needsEscaping(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Most values (names, dates, codes) have nothing to escape: checked first, without building a copy. */
    private static boolean needsEscaping(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '<' || c == '>' || c == '&' || c == '"' || c == '\'') {
                return true;
            }
        }
        return false;
    }
}
