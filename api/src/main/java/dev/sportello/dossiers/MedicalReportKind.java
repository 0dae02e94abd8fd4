package dev.sportello.dossiers;

/**
 * The kind of a medical report (verbale sanitario), as the disability portal covers them.
 *
 * <p>Thread-safe (an enum).
 */
public enum MedicalReportKind {
    /** Civil invalidity (invalidità civile). */
    CIVIL_INVALIDITY,
    /** Civil deafness (sordità civile). */
    DEAFNESS,
    /** Civil blindness (cecità civile); its recipients get the screen-reader variant of the guide. */
    BLINDNESS,
    /** Handicap under Law 104/1992. */
    HANDICAP_LAW_104,
    /** Disability for targeted employment under Law 68/1999. */
    DISABILITY_LAW_68
}
