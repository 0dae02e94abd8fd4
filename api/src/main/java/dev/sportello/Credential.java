package dev.sportello;

/**
 * How the acting principal authenticated, and the assurance level it gives (R-USR-2).
 *
 * <p>Thread-safe (an enum).
 */
public enum Credential {
    /** SPID, level 1 (username and password). */
    SPID_L1(AssuranceLevel.LOW),
    /** SPID, level 2 (two factors). */
    SPID_L2(AssuranceLevel.SUBSTANTIAL),
    /** SPID, level 3 (certificate on a secure device). */
    SPID_L3(AssuranceLevel.HIGH),
    /** Carta d'Identità Elettronica 3.0. */
    CIE(AssuranceLevel.HIGH),
    /** Carta Nazionale dei Servizi. */
    CNS(AssuranceLevel.SUBSTANTIAL),
    /** The institution's own PIN: accepted only for operations whose policy allows it. */
    INSTITUTIONAL_PIN(AssuranceLevel.SUBSTANTIAL),
    /** The institution's username and password. */
    USERNAME_PASSWORD(AssuranceLevel.LOW),
    /** A back-end service authenticated by the integrator's own means; only for {@link ServiceId}. */
    SERVICE(AssuranceLevel.HIGH);

    private final AssuranceLevel level;

    Credential(AssuranceLevel level) {
        this.level = level;
    }

    /** The eIDAS level this credential gives; never null. */
    public AssuranceLevel level() {
        return level;
    }
}
