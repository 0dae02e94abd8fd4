package dev.sportello.dossiers;

/**
 * An incompatibility set by law between a recognised benefit and something else (another benefit, paid
 * work over an income limit, a stay in a publicly paid care home…), shown in a pop-up of the guide.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title what it is about, 1–200 characters
 * @param text  the rule in plain words, 1–2000 characters
 */
public record Incompatibility(String title, String text) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
     */
    public Incompatibility {
        title = MedicalTexts.text(title, "Incompatibility", "title", 200);
        text = MedicalTexts.text(text, "Incompatibility", "text", 2000);
    }
}
