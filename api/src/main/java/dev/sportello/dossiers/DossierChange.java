package dev.sportello.dossiers;

/**
 * What an applied report changed on a dossier; the first five are what the user is told about.
 *
 * <p>Thread-safe (an enum).
 */
public enum DossierChange {
    /** The dossier is new, or its phase or status note changed. */
    STATUS,
    /** The outcome was decided or changed. */
    OUTCOME,
    /** A measure is new (a changed one is recorded, not notified). */
    MEASURE,
    /** A payment is new. */
    PAYMENT,
    /** A payment was returned. */
    PAYMENT_RETURNED,
    /** Another change of a payment or a measure (the status of a payment, a corrected text). */
    DETAIL,
    /** The managing office changed. */
    OFFICE,
    /** The owner's personal data changed. */
    PERSONAL_DATA,
    /** The dossier's medical report was issued or re-issued (its notice comes from the medical-reports area). */
    MEDICAL_REPORT
}
