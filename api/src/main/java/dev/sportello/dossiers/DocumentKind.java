package dev.sportello.dossiers;

/**
 * Kinds of dossier document (R-DOS-2).
 *
 * <p>Thread-safe (an enum).
 */
public enum DocumentKind {
    /** The annual tax certificate (Certificazione Unica). */
    TAX_CERTIFICATE,
    /** A pension slip (cedolino). */
    PENSION_SLIP,
    /** The letter of a measure. */
    MEASURE_LETTER,
    /** Any other document of the dossier. */
    OTHER
}
