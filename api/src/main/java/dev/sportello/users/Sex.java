package dev.sportello.users;

/**
 * Sex as encoded in a tax code (day of birth plus 40 for women).
 *
 * <p>Thread-safe (an enum).
 */
public enum Sex {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE
}
