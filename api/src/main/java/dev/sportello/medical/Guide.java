package dev.sportello.medical;

import dev.sportello.Arguments;
import dev.sportello.dossiers.DossierId;
import dev.sportello.Language;

import java.time.Instant;
import java.util.List;

/**
 * The personalised guide of a medical report (R-DOS-4) as a view model: ordered scenes that a portal or an
 * app renders as the interactive guide. The SDK renders the same content as accessible HTML and as a plain
 * screen-reader text ({@link MedicalReports#guideHtml}, {@link MedicalReports#guideText}). Every text is
 * plain (not HTML-escaped): the renderer escapes it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier        the dossier, not null
 * @param edition        the report's edition shown, 1 or more
 * @param language       the language of the texts, not null
 * @param variant        the recipient's variant, not null
 * @param title          the guide's title ("Il tuo verbale sanitario è stato emesso"), not null
 * @param greeting       the opening line with the holder's name, not null
 * @param reissued       whether this edition replaced an earlier one after a review
 * @param availableUntil until when the guide is available, not null
 * @param scenes         the scenes in order, the calls to action in the last one; not null, not empty
 */
public record Guide(DossierId dossier, int edition, Language language, GuideVariant variant, String title, String greeting,
                    boolean reissued, Instant availableUntil, List<Scene> scenes) {
    /**
     * Checks and copies the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
     */
    public Guide {
        Arguments.required(dossier, "Guide", "dossier");
        Arguments.required(language, "Guide", "language");
        Arguments.required(variant, "Guide", "variant");
        Arguments.required(title, "Guide", "title");
        Arguments.required(greeting, "Guide", "greeting");
        Arguments.required(availableUntil, "Guide", "availableUntil");
        scenes = Arguments.list(scenes, "Guide", "scenes");
        if (edition < 1) {
            throw Arguments.invalid("Guide", "edition", "1 or more");
        }
        if (scenes.isEmpty()) {
            throw Arguments.invalid("Guide", "scenes", "at least one scene");
        }
    }

    /** The calls to action of all scenes, in order; never null. */
    public List<GuideLink> callsToAction() {
        return scenes.stream().flatMap(s -> s.callsToAction().stream()).toList();
    }

    /**
     * A scene of the guide.
     *
     * @param id            stable id for the figures ({@code intro}, {@code benefits}, {@code tax-reliefs},
     *                      {@code rights}, {@code incompatibilities}, {@code actions}), not null
     * @param heading       the scene's heading, not null
     * @param sections      its personalised sections, not null
     * @param popups        its pop-ups (amounts, incompatibilities), not null
     * @param callsToAction its calls to action, not null
     */
    public record Scene(String id, String heading, List<GuideSection> sections, List<Popup> popups,
                        List<GuideLink> callsToAction) {
        /**
         * Checks and copies the components.
         *
         * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
         */
        public Scene {
            Arguments.required(id, "Guide.Scene", "id");
            Arguments.required(heading, "Guide.Scene", "heading");
            sections = Arguments.list(sections, "Guide.Scene", "sections");
            popups = Arguments.list(popups, "Guide.Scene", "popups");
            callsToAction = Arguments.list(callsToAction, "Guide.Scene", "callsToAction");
        }
    }

    /**
     * A personalised section: an optional sub-heading, paragraphs and amounts.
     *
     * @param heading    the sub-heading, or null
     * @param paragraphs plain paragraphs, not null
     * @param amounts    amounts, not null
     */
    public record GuideSection(String heading, List<String> paragraphs, List<GuideAmount> amounts) {
        /**
         * Copies the lists.
         *
         * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
         */
        public GuideSection {
            paragraphs = Arguments.list(paragraphs, "Guide.GuideSection", "paragraphs");
            amounts = Arguments.list(amounts, "Guide.GuideSection", "amounts");
        }
    }

    /**
     * An amount: the value and its text formatted for the guide's language.
     *
     * @param label     what it is, not null
     * @param value     the amount, not null
     * @param formatted the amount formatted per locale ({@code 542,02 €}, {@code €542.02}), not null
     * @param detail    a line such as "al mese, dal 1 marzo 2026", or null
     */
    public record GuideAmount(String label, dev.sportello.dossiers.Money value, String formatted, String detail) {
        /**
         * Checks the components.
         *
         * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
         */
        public GuideAmount {
            Arguments.required(label, "Guide.GuideAmount", "label");
            Arguments.required(value, "Guide.GuideAmount", "value");
            Arguments.required(formatted, "Guide.GuideAmount", "formatted");
        }
    }

    /**
     * A pop-up: details opened on demand (the amounts, the incompatibilities).
     *
     * @param id       stable id for the figures ({@code amounts}, {@code incompatibilities}), not null
     * @param opener   the text of the control that opens it, not null
     * @param title    its title, not null
     * @param sections its content, not null
     */
    public record Popup(String id, String opener, String title, List<GuideSection> sections) {
        /**
         * Checks and copies the components.
         *
         * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
         */
        public Popup {
            Arguments.required(id, "Guide.Popup", "id");
            Arguments.required(opener, "Guide.Popup", "opener");
            Arguments.required(title, "Guide.Popup", "title");
            sections = Arguments.list(sections, "Guide.Popup", "sections");
        }
    }

    /** Without its texts, which carry the holder's name and the report's content. */
    @Override
    public String toString() {
        return "Guide[dossier=" + dossier + ", edition=" + edition + ", language=" + language + ", variant=" + variant
                + ", scenes=" + scenes.size() + ", …]";
    }
}
