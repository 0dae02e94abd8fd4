package dev.sportello.medical;

/**
 * Which variant of the guide a recipient gets (R-DOS-4): the same content either way.
 *
 * <p>Thread-safe (an enum).
 */
public enum GuideVariant {
    /** The interactive guide (scenes, pop-ups) with its accessible HTML. */
    INTERACTIVE,
    /** The plain, linear text for screen readers such as JAWS (blind recipients). */
    SCREEN_READER
}
