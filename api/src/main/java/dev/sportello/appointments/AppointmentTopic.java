package dev.sportello.appointments;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;

import java.util.Map;

/**
 * What an appointment is about.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code  the topic, e.g. {@code PENSION_INFO}, not null
 * @param title the title shown to users, 1 to 120 characters, not null
 * @param level first- or second-level information, not null
 */
public record AppointmentTopic(TopicCode code, String title, InformationLevel level) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} naming the component
     */
    public AppointmentTopic {
        if (code == null) {
            throw invalid("code", "required");
        }
        if (title == null || title.isBlank() || title.length() > 120) {
            throw invalid("title", "1 to 120 characters");
        }
        if (level == null) {
            throw invalid("level", "required");
        }
    }

    private static SportelloException invalid(String field, String reason) {
        return SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "AppointmentTopic." + field,
                Map.of("reason", reason));
    }
}
