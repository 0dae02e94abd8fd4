package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.Language;

import java.util.EnumMap;
import java.util.Map;

/**
 * A kind of dossier as the integrator configures it: its code and its label in Italian, English and
 * German.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code   the code, not null
 * @param labels a label for each of it, en and de (1–80 characters each), not null
 */
public record DossierKind(DossierKindCode code, Map<Language, String> labels) {
    /**
     * Checks and copies the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
     */
    public DossierKind {
        Arguments.required(code, "DossierKind", "code");
        labels = Arguments.map(labels, "DossierKind", "labels");
        for (Language language : Language.values()) {
            String label = labels.get(language);
            if (label == null || label.isBlank() || label.length() > 80 || !Arguments.isWellFormed(label)) {
                throw Arguments.invalid("DossierKind", "labels." + language.tag(), "a label of 1 to 80 characters");
            }
        }
        labels = Map.copyOf(new EnumMap<>(labels));
    }

    /**
     * A kind with its three labels.
     *
     * @param code    the code
     * @param italian the Italian label
     * @param english the English label
     * @param german  the German label
     * @return the kind
     */
    public static DossierKind of(DossierKindCode code, String italian, String english, String german) {
        Map<Language, String> labels = new EnumMap<>(Language.class);
        labels.put(Language.IT, italian);
        labels.put(Language.EN, english);
        labels.put(Language.DE, german);
        return new DossierKind(code, labels);
    }

    /**
     * The label in a language.
     *
     * @param language the language; null is refused with {@code VALUE_REQUIRED}
     * @return the label
     */
    public String label(Language language) {
        return labels.get(Arguments.required(language, "DossierKind", "language"));
    }
}
