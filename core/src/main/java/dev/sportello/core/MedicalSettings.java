package dev.sportello.core;

import dev.sportello.Language;
import dev.sportello.medical.AudienceRule;
import dev.sportello.medical.CallToActionId;
import dev.sportello.dossiers.Region;

import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The medical-reports area (R-DOS-4): how long a guide stays available, the audience rules and the convention
 * regions, the links of the guide's calls to action, and overrides of the guide's texts.
 *
 * <p>Defaults: 6 months (at most two years, see {@link Builder#guideValidity(Period)}); every audience rule
 * enabled and no convention region; no link (a call to action
 * whose link is not configured is not shown — the QR code and the Disability Card need theirs too); the
 * bundled texts in it/en/de. Template overrides are checked when the SDK is built: an unknown key or
 * placeholder, or a required placeholder left out, fails {@code build()} ({@code MED_TEMPLATE_…}).
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class MedicalSettings {
    private static final Pattern HTTPS = Pattern.compile("https://[^\\s<>\"']{1,1990}");

    private final Period guideValidity;
    private final Set<AudienceRule> audience;
    private final Set<Region> conventionRegions;
    private final Map<CallToActionId, String> links;
    private final Map<Language, Map<String, String>> templates;

    private MedicalSettings(Builder b) {
        guideValidity = b.guideValidity;
        audience = Collections.unmodifiableSet(EnumSet.copyOf(b.audience.isEmpty() ? EnumSet.noneOf(AudienceRule.class) : b.audience));
        conventionRegions = Collections.unmodifiableSet(b.conventionRegions.isEmpty() ? EnumSet.noneOf(Region.class)
                : EnumSet.copyOf(b.conventionRegions));
        links = Collections.unmodifiableMap(new EnumMap<>(b.links));
        Map<Language, Map<String, String>> copy = new EnumMap<>(Language.class);
        b.templates.forEach((language, texts) -> copy.put(language, Collections.unmodifiableMap(new LinkedHashMap<>(texts))));
        templates = Collections.unmodifiableMap(copy);
    }

    /** The defaults. */
    public static MedicalSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.guideValidity = guideValidity;
        b.audience = EnumSet.noneOf(AudienceRule.class);
        b.audience.addAll(audience);
        b.conventionRegions = EnumSet.noneOf(Region.class);
        b.conventionRegions.addAll(conventionRegions);
        b.links.putAll(links);
        templates.forEach((language, texts) -> b.templates.put(language, new LinkedHashMap<>(texts)));
        return b;
    }

    /** How long a guide stays available after its report is recorded (one day to two years); never null. */
    public Period guideValidity() {
        return guideValidity;
    }

    /** The enabled audience rules; never null, immutable. */
    public Set<AudienceRule> audience() {
        return audience;
    }

    /** The regions with a convention; never null, immutable. */
    public Set<Region> conventionRegions() {
        return conventionRegions;
    }

    /** The configured links of the calls to action; never null, immutable. */
    public Map<CallToActionId, String> links() {
        return links;
    }

    /** The overrides of the guide's texts per language; never null, immutable. */
    public Map<Language, Map<String, String>> templates() {
        return templates;
    }

    /** The longest {@link #guideValidity()}, in months: two years. */
    public static final int MAX_GUIDE_VALIDITY_MONTHS = 24;
    /** The longest {@link #guideValidity()} given in days only: two years of 365 days. */
    public static final int MAX_GUIDE_VALIDITY_DAYS = 730;

    private static Period checkedGuideValidity(Period value) {
        String field = "MedicalSettings.guideValidity";
        Period period = SettingsChecks.required(value, field);
        long months = period.toTotalMonths();
        int days = period.getDays();
        boolean monthsBesideYears = period.getYears() == 0 || period.getMonths() < 12;
        boolean bounded = months == 0 ? days <= MAX_GUIDE_VALIDITY_DAYS
                : monthsBesideYears && (months < MAX_GUIDE_VALIDITY_MONTHS ? days <= 30
                : months == MAX_GUIDE_VALIDITY_MONTHS && days == 0);
        if (period.isNegative() || period.isZero() || !bounded) {
            throw SettingsChecks.invalid(field, "from one day to two years: 1-" + MAX_GUIDE_VALIDITY_DAYS
                    + " days, or up to " + MAX_GUIDE_VALIDITY_MONTHS + " months (0-11 beside years) plus 0-30 days");
        }
        return period;
    }

    /** Collects the settings; not thread-safe. */
    public static final class Builder {
        private Period guideValidity = Period.ofMonths(6);
        private EnumSet<AudienceRule> audience = EnumSet.allOf(AudienceRule.class);
        private EnumSet<Region> conventionRegions = EnumSet.noneOf(Region.class);
        private final Map<CallToActionId, String> links = new EnumMap<>(CallToActionId.class);
        private final Map<Language, Map<String, String>> templates = new EnumMap<>(Language.class);

        private Builder() {
        }

        /**
         * How long a guide stays available (R-DOS-4: 6 months), at most {@link MedicalSettings#MAX_GUIDE_VALIDITY_MONTHS} months.
         *
         * <p>Accepted: a period of whole days only, from 1 to {@value MedicalSettings#MAX_GUIDE_VALIDITY_DAYS} days (e.g.
         * {@code P180D}); or years and months, with months 0–11 beside years, totalling at most 24 months, plus at
         * most 30 days when the months total less than 24 (e.g. {@code P6M}, {@code P1Y6M}, {@code P3M15D},
         * {@code P2Y}). Refused: zero, any negative part, more than two years, and mixes that only look bounded
         * such as {@code P9Y11M3660D}, {@code P1Y12M} or {@code P3M40D}.
         *
         * @param value the period, not null, within the bound above
         * @return this builder
         * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} naming
         *                                             {@code MedicalSettings.guideValidity}
         */
        public Builder guideValidity(Period value) {
            guideValidity = checkedGuideValidity(value);
            return this;
        }

        /**
         * The enabled audience rules.
         *
         * @param value the rules, not null, no null element (empty: nobody gets a notice)
         * @return this builder
         * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID}
         */
        public Builder audience(Set<AudienceRule> value) {
            SettingsChecks.required(value, "MedicalSettings.audience");
            if (value.stream().anyMatch(java.util.Objects::isNull)) {
                throw SettingsChecks.invalid("MedicalSettings.audience", "no null rule");
            }
            audience = EnumSet.noneOf(AudienceRule.class);
            audience.addAll(value);
            return this;
        }

        /**
         * The regions with a convention ({@link AudienceRule#CONVENTION_REGIONS}).
         *
         * @param value the regions, not null, no null element
         * @return this builder
         * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID}
         */
        public Builder conventionRegions(Set<Region> value) {
            SettingsChecks.required(value, "MedicalSettings.conventionRegions");
            if (value.stream().anyMatch(java.util.Objects::isNull)) {
                throw SettingsChecks.invalid("MedicalSettings.conventionRegions", "no null region");
            }
            conventionRegions = EnumSet.noneOf(Region.class);
            conventionRegions.addAll(value);
            return this;
        }

        /**
         * The link of a call to action; a call to action without one is not shown.
         *
         * @param id  the call to action, not null
         * @param url an https address without spaces or quotes, at most 2000 characters
         * @return this builder
         * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID}
         */
        public Builder link(CallToActionId id, String url) {
            SettingsChecks.required(id, "MedicalSettings.link");
            if (url == null || !HTTPS.matcher(url).matches()) {
                throw SettingsChecks.invalid("MedicalSettings.link", "an https address without spaces or quotes");
            }
            links.put(id, url);
            return this;
        }

        /**
         * Overrides texts of the guide in a language (keys and placeholders as in the bundled
         * {@code guide_it.properties}); checked when the SDK is built.
         *
         * @param language the language, not null
         * @param texts    key → text, not null, no null key or value
         * @return this builder
         * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} for a null
         */
        public Builder templates(Language language, Map<String, String> texts) {
            SettingsChecks.required(language, "MedicalSettings.templates");
            SettingsChecks.required(texts, "MedicalSettings.templates");
            if (texts.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
                throw SettingsChecks.invalid("MedicalSettings.templates", "no null key or text");
            }
            templates.computeIfAbsent(language, l -> new LinkedHashMap<>()).putAll(texts);
            return this;
        }

        /** Builds the settings. @return the settings */
        public MedicalSettings build() {
            return new MedicalSettings(this);
        }
    }
}
