package dev.sportello.appointments;

import dev.sportello.TopicCode;
import dev.sportello.offices.OfficeCode;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * Which slots to list: an office, a topic, a mode and a range of days (at most 62) in the office's
 * zone, with the interpreting the call needs (a sign-language query counts the free sign-language
 * operators too).
 *
 * <p>Immutable and thread-safe.
 *
 * @param office         the office, required
 * @param topic          the topic, required
 * @param mode           the contact mode, required
 * @param from           the first day, required
 * @param to             the last day (inclusive), required
 * @param interpretation the interpreting needed, required ({@link Interpretation#SIGN_LANGUAGE}: video calls only)
 */
public record AvailabilityQuery(@NotNull OfficeCode office, @NotNull TopicCode topic, @NotNull ContactMode mode,
                                @NotNull LocalDate from, @NotNull LocalDate to, @NotNull Interpretation interpretation) {
    /**
     * A query without interpreting.
     *
     * @param office the office
     * @param topic  the topic
     * @param mode   the mode
     * @param from   the first day
     * @param to     the last day
     * @return the query
     */
    public static AvailabilityQuery of(OfficeCode office, TopicCode topic, ContactMode mode, LocalDate from, LocalDate to) {
        return new AvailabilityQuery(office, topic, mode, from, to, Interpretation.NONE);
    }
}
