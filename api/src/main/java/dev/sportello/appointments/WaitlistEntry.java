package dev.sportello.appointments;

import dev.sportello.Arguments;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A user waiting for a seat on a full day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id             the id, not null
 * @param owner          the user, not null
 * @param office         the office, not null
 * @param topic          the topic, not null
 * @param mode           the contact mode, not null
 * @param day            the day, in the office's zone, not null
 * @param interpretation the interpreting needed, not null
 * @param status         the status, not null
 * @param offeredStart   the slot held for the user while OFFERED (and taken once ACCEPTED), or null
 * @param offerExpiresAt when the offer lapses, or null
 * @param appointment    the appointment once ACCEPTED, or null
 * @param createdAt      when the user joined the waitlist (the queue's order), not null
 * @param version        the optimistic-lock version
 */
public record WaitlistEntry(WaitlistEntryId id, UserId owner, OfficeCode office, TopicCode topic, ContactMode mode,
                            LocalDate day, Interpretation interpretation, WaitlistStatus status, Instant offeredStart,
                            Instant offerExpiresAt, AppointmentId appointment, Instant createdAt, long version) {
    /** Checks the mandatory components. */
    public WaitlistEntry {
        Arguments.required(id, "WaitlistEntry", "id");
        Arguments.required(owner, "WaitlistEntry", "owner");
        Arguments.required(office, "WaitlistEntry", "office");
        Arguments.required(topic, "WaitlistEntry", "topic");
        Arguments.required(mode, "WaitlistEntry", "mode");
        Arguments.required(day, "WaitlistEntry", "day");
        Arguments.required(interpretation, "WaitlistEntry", "interpretation");
        Arguments.required(status, "WaitlistEntry", "status");
        Arguments.required(createdAt, "WaitlistEntry", "createdAt");
    }
}
