package dev.sportello.medical;

import dev.sportello.notifications.MessageKind;

/**
 * The message kinds of the medical-reports area. Placeholders: {@code {name}} (the holder) and
 * {@code {title}} (the notice's title).
 *
 * <p>Thread-safe (constants).
 */
public final class MedicalMessageKinds {
    /** "Il tuo verbale sanitario è stato emesso": a first issue. */
    public static final MessageKind ISSUED = new MessageKind("MEDICAL_REPORT_ISSUED");
    /** The same notice for a re-issue after a review: it says the earlier report is replaced. */
    public static final MessageKind REISSUED = new MessageKind("MEDICAL_REPORT_REISSUED");

    private MedicalMessageKinds() {
    }
}
