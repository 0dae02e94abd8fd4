package dev.sportello.dossiers;

/**
 * Who held the medical examination that issued a report.
 *
 * <p>Thread-safe (an enum).
 */
public enum IssuerKind {
    /** The medical commission of a local health authority (Azienda Sanitaria Locale). */
    ASL,
    /** The institution's own medical commission (in regions with a convention, or on review). */
    INSTITUTION_COMMISSION
}
