package dev.sportello.users;

/**
 * Why a citizen may use the fragile-users channel (R-USR-5); any one ground is enough.
 *
 * <p>Thread-safe (an enum).
 */
public enum FragileGround {
    /** (a) A disabled person with an attendance, special or communication allowance, under 18 or 75 and over. */
    ALLOWANCE_MINOR_OR_ELDERLY,
    /** (b) A civilly blind person, any age. */
    CIVILLY_BLIND,
    /** (c) A deaf person, any age. */
    DEAF,
    /** (d) A pensioner aged 80 or over resident in Valle d'Aosta or the provinces of Trento and Bolzano. */
    ELDERLY_PENSIONER_IN_AUTONOMOUS_AREA
}
