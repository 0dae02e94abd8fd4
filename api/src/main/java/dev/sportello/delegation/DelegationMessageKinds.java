package dev.sportello.delegation;

import dev.sportello.notifications.MessageKind;

/**
 * The message kinds of the delegation area, sent to both parties at each step (inbox always; SMS and e-mail
 * under the consent rules); their templates are bundled in it, en and de. Every kind has the placeholders
 * {@code name} (the recipient), {@code delegator}, {@code delegate}, {@code kind} (the kind's label) and
 * {@code until} (the end of the validity, in Rome's time).
 *
 * <p>Thread-safe (constants).
 */
public final class DelegationMessageKinds {
    /** A delegation was requested and waits for the delegate; adds {@code acceptBy}. */
    public static final MessageKind REQUESTED = new MessageKind("DELEGATION_REQUESTED");
    /** A delegation became active (accepted, or granted by a service). */
    public static final MessageKind ACTIVE = new MessageKind("DELEGATION_ACTIVE");
    /** The delegate refused a delegation. */
    public static final MessageKind REJECTED = new MessageKind("DELEGATION_REJECTED");
    /** A delegation was revoked. */
    public static final MessageKind REVOKED = new MessageKind("DELEGATION_REVOKED");
    /** A delegation expired; adds {@code reason} (the expiry reason's label). */
    public static final MessageKind EXPIRED = new MessageKind("DELEGATION_EXPIRED");
    /** Parental responsibility ends soon because the minor comes of age (R-DEL-1). */
    public static final MessageKind ENDING = new MessageKind("DELEGATION_ENDING");

    private DelegationMessageKinds() {
    }
}
