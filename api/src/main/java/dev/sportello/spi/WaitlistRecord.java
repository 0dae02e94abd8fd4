package dev.sportello.spi;

import dev.sportello.OperatorId;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.WaitlistEntry;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.appointments.WaitlistStatus;
import dev.sportello.offices.OfficeCode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A waitlist entry as stored: the entry and, for a sign-language offer, the operator whose time is held.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entry        the entry, not null
 * @param heldOperator the sign-language operator held for an offer, or null
 * @param updatedAt    last change, not null
 */
public record WaitlistRecord(WaitlistEntry entry, OperatorId heldOperator, Instant updatedAt) {
    /** Checks the components. */
    public WaitlistRecord {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The id. */
    public WaitlistEntryId id() {
        return entry.id();
    }

    /** The version. */
    public long version() {
        return entry.version();
    }

    /**
     * The next version of the entry.
     *
     * @param status         the new status
     * @param offeredStart   the held slot, or null
     * @param offerExpiresAt when the offer lapses, or null
     * @param appointment    the appointment booked, or null
     * @param operator       the held sign-language operator, or null
     * @param now            the time of the change
     * @return the changed record
     */
    public WaitlistRecord next(WaitlistStatus status, Instant offeredStart, Instant offerExpiresAt, AppointmentId appointment,
                               OperatorId operator, Instant now) {
        WaitlistEntry e = entry;
        return new WaitlistRecord(new WaitlistEntry(e.id(), e.owner(), e.office(), e.topic(), e.mode(), e.day(),
                e.signLanguage(), status, offeredStart, offerExpiresAt, appointment, e.createdAt(), e.version() + 1),
                operator, now);
    }

    /**
     * A new entry, WAITING.
     *
     * @param id           the id
     * @param owner        the user
     * @param office       the office
     * @param topic        the topic
     * @param mode         the mode
     * @param day          the day
     * @param signLanguage whether sign language is needed
     * @param now          the creation time
     * @return the record, version 0
     */
    public static WaitlistRecord waiting(WaitlistEntryId id, UserId owner, OfficeCode office, String topic, ContactMode mode,
                                         LocalDate day, boolean signLanguage, Instant now) {
        return new WaitlistRecord(new WaitlistEntry(id, owner, office, topic, mode, day, signLanguage, WaitlistStatus.WAITING,
                null, null, null, now, 0), null, now);
    }
}
