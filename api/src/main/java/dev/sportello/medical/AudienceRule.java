package dev.sportello.medical;

/**
 * The rules that decide who gets the notice and the guide of an issued report (R-DOS-4), each enabled or
 * not in the configuration ({@code MedicalSettings.audience}).
 *
 * <p>Thread-safe (an enum).
 */
public enum AudienceRule {
    /** Adults (18 or over on the date of issue) whose report a local health authority (ASL) issued. */
    ADULTS_WITH_ASL_REPORT,
    /** Adults who asked for the assessment in a region with a convention ({@code MedicalSettings.conventionRegions}). */
    CONVENTION_REGIONS,
    /** Minors: the notice goes to the minor's inbox and their parents read it through the minor's delegation (R-DEL-1). */
    MINORS_THROUGH_DELEGATION
}
