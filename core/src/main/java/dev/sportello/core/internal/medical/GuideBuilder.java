package dev.sportello.core.internal.medical;

import dev.sportello.Language;
import dev.sportello.core.MedicalSettings;
import dev.sportello.dossiers.Money;
import dev.sportello.medical.Audience;
import dev.sportello.dossiers.Benefit;
import dev.sportello.medical.CallToActionId;
import dev.sportello.medical.Guide;
import dev.sportello.medical.GuideLink;
import dev.sportello.dossiers.Incompatibility;
import dev.sportello.dossiers.MedicalReport;
import dev.sportello.dossiers.Region;
import dev.sportello.medical.spi.MedicalReportRecord;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the guide's one content (R-DOS-4) from a report, its holder's name and language: ordered scenes with
 * personalised sections, the pop-ups of the amounts and of the incompatibilities, and the calls to action that
 * {@link CallsToAction} allows. Amounts and dates are formatted for the language.
 *
 * <p>Thread-safe.
 */
final class GuideBuilder {
    /** The scene ids, in order. */
    static final List<String> SCENES = List.of("intro", "benefits", "tax-reliefs", "rights", "incompatibilities", "actions");

    private final GuideTemplates templates;
    private final MedicalSettings settings;
    private final ZoneId zone;

    GuideBuilder(GuideTemplates templates, MedicalSettings settings, ZoneId zone) {
        this.templates = templates;
        this.settings = settings;
        this.zone = zone;
    }

    Guide build(MedicalReportRecord record, String holderName, Language language, Audience audience) {
        MedicalReport r = record.report();
        Locale locale = locale(language);
        List<Guide.Scene> scenes = new ArrayList<>();
        List<String> intro = new ArrayList<>();
        if (record.replacedEdition() != null) {
            intro.add(t(language, "reissued"));
        }
        intro.add(t(language, "intro.kind", Map.of("kind", t(language, "kind." + r.kind().name()))));
        intro.add(t(language, "intro.issuer", Map.of("issuer", t(language, "issuer." + r.issuedBy().kind().name()),
                "region", regionName(r.issuedBy().region()), "date", date(r.issuedOn(), locale))));
        intro.add(t(language, "intro.judgement", Map.of("judgement", r.judgement())));
        if (r.percentage() != null) {
            intro.add(t(language, "intro.percentage", Map.of("percentage", Integer.toString(r.percentage()))));
        }
        intro.add(t(language, "available", Map.of("date", date(LocalDate.ofInstant(record.availableUntil(), zone), locale))));
        scenes.add(scene(language, "intro", "scene.intro", List.of(new Guide.GuideSection(null, intro, List.of())), List.of(), List.of()));

        List<Guide.GuideAmount> amounts = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (Benefit b : r.benefits()) {
            String formatted = money(b.monthlyAmount(), locale);
            String start = date(b.startsOn(), locale);
            amounts.add(new Guide.GuideAmount(b.name(), b.monthlyAmount(), formatted, t(language, "benefit.detail", Map.of("date", start))));
            lines.add(t(language, "popup.amounts.line", Map.of("benefit", b.name(), "amount", formatted, "date", start)));
            if (b.note() != null) {
                lines.add(b.note());
            }
        }
        List<Guide.Popup> amountPopup = r.benefits().isEmpty() ? List.of() : List.of(new Guide.Popup("amounts",
                t(language, "popup.amounts.opener"), t(language, "popup.amounts.title"),
                List.of(new Guide.GuideSection(null, lines, List.of()))));
        Guide.GuideSection benefits = r.benefits().isEmpty()
                ? new Guide.GuideSection(null, List.of(t(language, "benefits.none")), List.of())
                : new Guide.GuideSection(null, List.of(t(language, "benefits.intro")), amounts);
        scenes.add(scene(language, "benefits", "scene.benefits", List.of(benefits), amountPopup, List.of()));

        scenes.add(scene(language, "tax-reliefs", "scene.taxReliefs", List.of(new Guide.GuideSection(null,
                r.taxReliefs().isEmpty() ? List.of(t(language, "taxReliefs.none")) : r.taxReliefs(), List.of())), List.of(), List.of()));

        List<String> rights = new ArrayList<>(r.rightsAndObligations());
        rights.add(r.reviewOn() == null ? t(language, "rights.noReview")
                : t(language, "rights.review", Map.of("date", date(r.reviewOn(), locale))));
        scenes.add(scene(language, "rights", "scene.rights", List.of(new Guide.GuideSection(null, rights, List.of())), List.of(), List.of()));

        List<Guide.Popup> incompatibilityPopup = new ArrayList<>();
        if (!r.incompatibilities().isEmpty()) {
            List<Guide.GuideSection> items = new ArrayList<>();
            for (Incompatibility i : r.incompatibilities()) {
                items.add(new Guide.GuideSection(i.title(), List.of(i.text()), List.of()));
            }
            incompatibilityPopup.add(new Guide.Popup("incompatibilities", t(language, "popup.incompatibilities.opener"),
                    t(language, "popup.incompatibilities.title"), items));
        }
        scenes.add(scene(language, "incompatibilities", "scene.incompatibilities", List.of(new Guide.GuideSection(null,
                List.of(t(language, r.incompatibilities().isEmpty() ? "incompatibilities.none" : "incompatibilities.intro")),
                List.of())), incompatibilityPopup, List.of()));

        List<GuideLink> links = new ArrayList<>();
        for (CallToActionId id : CallsToAction.visible(r, settings.links())) {
            links.add(new GuideLink(id, t(language, "cta." + id.key()), settings.links().get(id)));
        }
        scenes.add(scene(language, "actions", "scene.actions", List.of(), List.of(), links));
        return new Guide(record.dossier(), r.edition(), language, audience.variant(), t(language, "title"),
                t(language, "greeting", Map.of("name", holderName)), record.replacedEdition() != null, record.availableUntil(),
                scenes);
    }

    /** The line saying until when the guide is available. */
    String availableLine(Guide guide) {
        return t(guide.language(), "available", Map.of("date",
                date(LocalDate.ofInstant(guide.availableUntil(), zone), locale(guide.language()))));
    }

    /** A text of the guide without placeholders. */
    String text(Language language, String key) {
        return t(language, key);
    }

    private Guide.Scene scene(Language language, String id, String key, List<Guide.GuideSection> sections,
                              List<Guide.Popup> popups, List<GuideLink> links) {
        return new Guide.Scene(id, t(language, key), sections, popups, links);
    }

    private String t(Language language, String key) {
        return templates.text(language, key);
    }

    private String t(Language language, String key, Map<String, String> values) {
        return templates.text(language, key, values);
    }

    static Locale locale(Language language) {
        return switch (language) {
            case IT -> Locale.ITALY;
            case EN -> Locale.UK;
            case DE -> Locale.GERMANY;
        };
    }

    static String money(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        return format.format(money.amount()).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    static String regionName(Region region) {
        return switch (region) {
            case EMILIA_ROMAGNA -> "Emilia-Romagna";
            case FRIULI_VENEZIA_GIULIA -> "Friuli Venezia Giulia";
            case VALLE_D_AOSTA -> "Valle d'Aosta";
            case TRENTO -> "Provincia autonoma di Trento";
            case BOLZANO -> "Provincia autonoma di Bolzano";
            default -> region.name().charAt(0) + region.name().substring(1).toLowerCase(Locale.ROOT);
        };
    }
}
