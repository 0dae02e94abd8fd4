package dev.sportello.attestation;

import dev.sportello.notifications.MessageKind;

/**
 * The message kinds of the attestation area. Placeholders: {@code {name}} (the holder) and {@code {until}}
 * (the attestation's expiry date).
 *
 * <p>Thread-safe (constants).
 */
public final class AttestationMessageKinds {
    /** The attestation's QR code as a PNG attachment, by e-mail only. */
    public static final MessageKind QR_CODE = new MessageKind("ATTESTATION_QR_CODE");

    private AttestationMessageKinds() {
    }
}
