package dev.sportello.dossiers;

import dev.sportello.Arguments;

import java.util.regex.Pattern;

/**
 * The code of a dossier kind (workplace injury, occupational disease, annuity, …), one of the kinds the
 * integrator configures in {@code DossierSettings}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code 2–48 upper-case letters, digits and underscores, starting with a letter
 */
public record DossierKindCode(String code) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,47}");

    /** A workplace injury (infortunio sul lavoro). */
    public static final DossierKindCode WORKPLACE_INJURY = new DossierKindCode("WORKPLACE_INJURY");
    /** An occupational disease (malattia professionale). */
    public static final DossierKindCode OCCUPATIONAL_DISEASE = new DossierKindCode("OCCUPATIONAL_DISEASE");
    /** An annuity (rendita). */
    public static final DossierKindCode ANNUITY = new DossierKindCode("ANNUITY");
    /** A pension. */
    public static final DossierKindCode PENSION = new DossierKindCode("PENSION");
    /** A civil-invalidity assessment (accertamento di invalidità civile). */
    public static final DossierKindCode CIVIL_INVALIDITY = new DossierKindCode("CIVIL_INVALIDITY");

    /**
     * Checks the code.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
     */
    public DossierKindCode {
        Arguments.required(code, "DossierKindCode", "kind");
        if (!CODE.matcher(code).matches()) {
            throw Arguments.invalid("DossierKindCode", "kind", "2-48 upper-case letters, digits or _ starting with a letter");
        }
    }

    /**
     * A kind code.
     *
     * @param code the code
     * @return the kind code
     */
    public static DossierKindCode of(String code) {
        return new DossierKindCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}
