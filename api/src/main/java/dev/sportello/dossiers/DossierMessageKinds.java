package dev.sportello.dossiers;

import dev.sportello.notifications.MessageKind;

/**
 * The message kinds of the dossiers area (R-DOS-1); templates bundled in it, en and de. Every kind has
 * {@code name}, {@code dossier} (its id) and {@code kind} (the kind's label in the user's language).
 * They are proactive: SMS and e-mail need the user's opt-in and a verified contact (R-USR-3, R-NOT-2).
 *
 * <p>Thread-safe (constants).
 */
public final class DossierMessageKinds {
    /** A dossier is new or changed phase: plus {@code status}. */
    public static final MessageKind STATUS_CHANGED = new MessageKind("DOSSIER_STATUS_CHANGED");
    /** A dossier was decided: plus {@code outcome} (its text). */
    public static final MessageKind OUTCOME = new MessageKind("DOSSIER_OUTCOME");
    /** A measure was issued: plus {@code measure} (its kind). */
    public static final MessageKind MEASURE = new MessageKind("DOSSIER_MEASURE");
    /** A payment is new: plus {@code amount} and {@code date}. */
    public static final MessageKind PAYMENT = new MessageKind("DOSSIER_PAYMENT");
    /** A payment was returned: plus {@code amount} and {@code date}. */
    public static final MessageKind PAYMENT_RETURNED = new MessageKind("DOSSIER_PAYMENT_RETURNED");
    /** A document is available: plus {@code document} (its title). */
    public static final MessageKind DOCUMENT = new MessageKind("DOSSIER_DOCUMENT");

    private DossierMessageKinds() {
    }
}
