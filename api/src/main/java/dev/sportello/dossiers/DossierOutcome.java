package dev.sportello.dossiers;

import dev.sportello.Arguments;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The outcome of a dossier's handling (esito della trattazione), once decided.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code      the outcome code, e.g. {@code ACCEPTED}, {@code REJECTED}, {@code PARTIALLY_ACCEPTED}
 *                  (2–40 upper-case letters, digits or underscores)
 * @param text      the explanation shown to the user, 1–2000 characters
 * @param decidedOn the day of the decision, not null
 */
public record DossierOutcome(String code, String text, LocalDate decidedOn) {
    /** Compiled once: {@code String.matches} compiles its expression on every call. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}, {@code VALUE_INVALID} or
     *                                             {@code TEXT_MALFORMED}
     */
    public DossierOutcome {
        Arguments.required(code, "DossierOutcome", "code");
        if (!CODE.matcher(code).matches()) {
            throw Arguments.invalid("DossierOutcome", "code", "2-40 upper-case letters, digits or _");
        }
        DossierTexts.text(text, "DossierOutcome", "text", 2000);
        DossierTexts.date(decidedOn, "DossierOutcome", "decidedOn");
    }
}
