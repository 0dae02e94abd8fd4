package dev.sportello.appointments.spi;

import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.CounterStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Appointments and waitlist entries. Seats are not counted here but with the {@link CounterStore} of the
 * same transaction. Part of a transaction; not thread-safe.
 */
public interface AppointmentStore {
    /**
     * Adds an appointment.
     *
     * @param appointment the appointment, version 0, not null
     * @throws dev.sportello.ConflictException with {@code CONCURRENT_MODIFICATION} if the id, or the owner's
     *                                         idempotency key, is taken
     */
    void insert(AppointmentRecord appointment);

    /**
     * Replaces an appointment if it still has the expected version.
     *
     * @param appointment     the new state, not null
     * @param expectedVersion the version it replaces
     * @throws dev.sportello.ConflictException with {@code CONCURRENT_MODIFICATION} otherwise
     */
    void update(AppointmentRecord appointment, long expectedVersion);

    /**
     * An appointment.
     *
     * @param id the id, not null
     * @return the appointment, if any
     */
    Optional<AppointmentRecord> find(AppointmentId id);

    /**
     * The appointment an owner booked with an idempotency key.
     *
     * @param owner the owner, not null
     * @param key   the key, not null
     * @return the appointment, if any
     */
    Optional<AppointmentRecord> findByIdempotencyKey(UserId owner, String key);

    /**
     * An owner's appointments, latest start first (then id, descending), with keyset paging.
     *
     * @param owner the owner, not null
     * @param page  the page, not null
     * @return the page
     */
    Page<AppointmentRecord> ofOwner(UserId owner, PageRequest page);

    /**
     * An office's appointments on a day, in every status, by start then id.
     *
     * @param office the office, not null
     * @param day    the day in the office's zone, not null
     * @return the appointments
     */
    List<AppointmentRecord> onDay(OfficeCode office, LocalDate day);

    /**
     * An office's appointments in the WAITING status, longest waiting first.
     *
     * @param office the office, not null
     * @return the appointments
     */
    List<AppointmentRecord> waiting(OfficeCode office);

    /**
     * Adds a waitlist entry.
     *
     * @param entry the entry, version 0, not null
     */
    void insertWaitlist(WaitlistRecord entry);

    /**
     * Replaces a waitlist entry if it still has the expected version.
     *
     * @param entry           the new state, not null
     * @param expectedVersion the version it replaces
     * @throws dev.sportello.ConflictException with {@code CONCURRENT_MODIFICATION} otherwise
     */
    void updateWaitlist(WaitlistRecord entry, long expectedVersion);

    /**
     * A waitlist entry.
     *
     * @param id the id, not null
     * @return the entry, if any
     */
    Optional<WaitlistRecord> findWaitlist(WaitlistEntryId id);

    /**
     * The WAITING entries of a day's queue, first come first.
     *
     * @param office the office, not null
     * @param topic  the topic, not null
     * @param mode   the mode, not null
     * @param day    the day, not null
     * @param limit  at most this many, at least 1
     * @return the entries, by creation time then id
     */
    List<WaitlistRecord> queue(OfficeCode office, TopicCode topic, ContactMode mode, LocalDate day, int limit);

    /**
     * An owner's waitlist entries, newest first.
     *
     * @param owner the owner, not null
     * @return the entries
     */
    List<WaitlistRecord> waitlistOf(UserId owner);

    /**
     * An office's WAITING and OFFERED entries for a day, first come first.
     *
     * @param office the office, not null
     * @param day    the day, not null
     * @return the entries
     */
    List<WaitlistRecord> waitlistOnDay(OfficeCode office, LocalDate day);
}
