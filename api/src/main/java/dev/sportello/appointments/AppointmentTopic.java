package dev.sportello.appointments;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an appointment is about.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code  upper-case code, e.g. {@code PENSION_INFO}; 2 to 40 letters, digits and underscores
 * @param title the title shown to users, 1 to 120 characters
 * @param level first- or second-level information
 */
public record AppointmentTopic(String code, String title, InformationLevel level) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /** Checks the components. */
    public AppointmentTopic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a topic code has 2 to 40 upper-case letters, digits or underscores");
        }
        if (title.isBlank() || title.length() > 120) {
            throw new IllegalArgumentException("a topic title has 1 to 120 characters");
        }
    }
}
