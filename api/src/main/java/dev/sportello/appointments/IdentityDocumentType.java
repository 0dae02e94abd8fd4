package dev.sportello.appointments;

/**
 * Identity documents with a photo that an operator accepts (R-APT-5).
 *
 * <p>Thread-safe (an enum).
 */
public enum IdentityDocumentType {
    /** Paper identity card. */
    IDENTITY_CARD,
    /** Electronic identity card (CIE). */
    ELECTRONIC_IDENTITY_CARD,
    /** Passport. */
    PASSPORT,
    /** Driving licence. */
    DRIVING_LICENCE
}
