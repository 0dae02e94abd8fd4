package dev.sportello.core;

import dev.sportello.Arguments;
import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.notifications.MessageKind;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notifications area (R-NOT-1…4): SMS limits and quiet hours, the life of proactive notices,
 * small-cell suppression of engagement figures, template overrides and the integrator's own message
 * kinds.
 *
 * <p>Defaults: at most 3 SMS parts; SMS that are not urgent wait from 21:00 to 08:00 in the zone of the
 * user's competent office; proactive notices stay 6 months (R-DOS-4); engagement counts below 3 are
 * suppressed; Europe/Rome when no office is known; the bundled templates.
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class NotificationSettings {
    /**
     * A message kind of the integrator, with the channels that must have an Italian template and its
     * placeholders with their longest value.
     *
     * @param kind         the kind
     * @param channels     the channels
     * @param placeholders placeholder names and their longest value in characters
     */
    public record KindDeclaration(MessageKind kind, Set<Channel> channels, Map<String, Integer> placeholders) {
        /** Copies the collections. */
        public KindDeclaration {
            Arguments.required(kind, "KindDeclaration", "kind");
            channels = Arguments.set(channels, "KindDeclaration", "channels");
            placeholders = Arguments.map(placeholders, "KindDeclaration", "placeholders");
        }
    }

    private final int maxSmsSegments;
    private final LocalTime quietHoursStart;
    private final LocalTime quietHoursEnd;
    private final Period proactiveValidity;
    private final int engagementThreshold;
    private final ZoneId defaultZone;
    private final Map<Language, Map<String, String>> templates;
    private final List<KindDeclaration> messageKinds;

    private NotificationSettings(Builder b) {
        maxSmsSegments = b.maxSmsSegments;
        quietHoursStart = b.quietHoursStart;
        quietHoursEnd = b.quietHoursEnd;
        proactiveValidity = b.proactiveValidity;
        engagementThreshold = b.engagementThreshold;
        defaultZone = b.defaultZone;
        Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
        b.templates.forEach((language, texts) -> copy.put(language, Map.copyOf(texts)));
        templates = Map.copyOf(copy);
        messageKinds = List.copyOf(b.messageKinds);
    }

    /** The defaults. */
    public static NotificationSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxSmsSegments = maxSmsSegments;
        b.quietHoursStart = quietHoursStart;
        b.quietHoursEnd = quietHoursEnd;
        b.proactiveValidity = proactiveValidity;
        b.engagementThreshold = engagementThreshold;
        b.defaultZone = defaultZone;
        templates.forEach((language, texts) -> b.templates.put(language, new HashMap<>(texts)));
        b.messageKinds.addAll(messageKinds);
        return b;
    }

    /** The most parts an SMS may need, checked against the longest rendering, 1 to 10. */
    public int maxSmsSegments() {
        return maxSmsSegments;
    }

    /** SMS that are not urgent wait from this local time … */
    public LocalTime quietHoursStart() {
        return quietHoursStart;
    }

    /** … until this local time, in the zone of the user's competent office. */
    public LocalTime quietHoursEnd() {
        return quietHoursEnd;
    }

    /** How long proactive notices stay in the inbox. */
    public Period proactiveValidity() {
        return proactiveValidity;
    }

    /** Counts below this are shown as {@code <n}, never as the number. */
    public int engagementThreshold() {
        return engagementThreshold;
    }

    /** The zone when no office is known. */
    public ZoneId defaultZone() {
        return defaultZone;
    }

    /** Template texts that override or add to the bundled ones, by language; never null. */
    public Map<Language, Map<String, String>> templates() {
        return templates;
    }

    /** The integrator's message kinds; never null. */
    public List<KindDeclaration> messageKinds() {
        return messageKinds;
    }

    /**
     * The same settings with other quiet hours.
     *
     * @param start from
     * @param end   until
     * @return new settings
     */
    public NotificationSettings withQuietHours(LocalTime start, LocalTime end) {
        return toBuilder().quietHours(start, end).build();
    }

    /** Collects the settings; each setter checks its value ({@code CONFIG_INVALID} naming it). Not thread-safe. */
    public static final class Builder {
        private int maxSmsSegments = 3;
        private LocalTime quietHoursStart = LocalTime.of(21, 0);
        private LocalTime quietHoursEnd = LocalTime.of(8, 0);
        private Period proactiveValidity = Period.ofMonths(6);
        private int engagementThreshold = 3;
        private ZoneId defaultZone = ZoneId.of("Europe/Rome");
        private final Map<Language, Map<String, String>> templates = new EnumMap<>(Language.class);
        private final List<KindDeclaration> messageKinds = new ArrayList<>();

        private Builder() {
        }

        /**
         * The most parts an SMS may need.
         *
         * @param value 1 to 10
         * @return this builder
         */
        public Builder maxSmsSegments(int value) {
            maxSmsSegments = SettingsChecks.range(value, 1, 10, "NotificationSettings.maxSmsSegments");
            return this;
        }

        /**
         * The SMS quiet hours, in the zone of the user's competent office.
         *
         * @param start from, not null
         * @param end   until, not null
         * @return this builder
         */
        public Builder quietHours(LocalTime start, LocalTime end) {
            quietHoursStart = SettingsChecks.required(start, "NotificationSettings.quietHoursStart");
            quietHoursEnd = SettingsChecks.required(end, "NotificationSettings.quietHoursEnd");
            return this;
        }

        /**
         * How long proactive notices stay in the inbox.
         *
         * @param value 1 day to 5 years
         * @return this builder
         */
        public Builder proactiveValidity(Period value) {
            SettingsChecks.required(value, "NotificationSettings.proactiveValidity");
            if (value.isNegative() || value.isZero() || value.toTotalMonths() > 60) {
                throw SettingsChecks.invalid("NotificationSettings.proactiveValidity", "between 1 day and 5 years");
            }
            proactiveValidity = value;
            return this;
        }

        /**
         * The small-cell threshold of engagement figures.
         *
         * @param value 1 to 1000
         * @return this builder
         */
        public Builder engagementThreshold(int value) {
            engagementThreshold = SettingsChecks.range(value, 1, 1000, "NotificationSettings.engagementThreshold");
            return this;
        }

        /**
         * The zone when no office is known.
         *
         * @param value the zone, not null
         * @return this builder
         */
        public Builder defaultZone(ZoneId value) {
            defaultZone = SettingsChecks.required(value, "NotificationSettings.defaultZone");
            return this;
        }

        /**
         * Overrides or adds template texts for a language, keyed as the bundled files
         * ({@code KIND.sms}, {@code KIND.email.subject}, …). Checked when the SDK is built.
         *
         * @param language the language, not null
         * @param texts    the texts, not null, no null key or value
         * @return this builder
         */
        public Builder templates(Language language, Map<String, String> texts) {
            SettingsChecks.required(language, "NotificationSettings.templates.language");
            SettingsChecks.required(texts, "NotificationSettings.templates");
            if (texts.keySet().stream().anyMatch(k -> k == null) || texts.values().stream().anyMatch(v -> v == null)) {
                throw SettingsChecks.invalid("NotificationSettings.templates", "no null key or text");
            }
            templates.computeIfAbsent(language, l -> new HashMap<>()).putAll(texts);
            return this;
        }

        /**
         * Declares a message kind of the integrator (e.g. for its proactive notices).
         *
         * @param kind         the kind, not null
         * @param channels     the channels that must have an Italian template, at least one
         * @param placeholders placeholder names and their longest value, 1 to 10,000 characters each
         * @return this builder
         */
        public Builder messageKind(MessageKind kind, Set<Channel> channels, Map<String, Integer> placeholders) {
            SettingsChecks.required(kind, "NotificationSettings.messageKind.kind");
            if (channels == null || channels.isEmpty() || channels.stream().anyMatch(c -> c == null)) {
                throw SettingsChecks.invalid("NotificationSettings.messageKind.channels", "at least one channel");
            }
            if (placeholders == null || placeholders.entrySet().stream().anyMatch(e -> e.getKey() == null
                    || e.getValue() == null || e.getValue() < 1 || e.getValue() > 10_000)) {
                throw SettingsChecks.invalid("NotificationSettings.messageKind.placeholders",
                        "names with a longest value of 1 to 10000 characters");
            }
            messageKinds.add(new KindDeclaration(kind, EnumSet.copyOf(channels), new LinkedHashMap<>(placeholders)));
            return this;
        }

        /** The settings. */
        public NotificationSettings build() {
            return new NotificationSettings(this);
        }
    }
}
