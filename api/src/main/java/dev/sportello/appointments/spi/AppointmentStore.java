package dev.sportello.appointments.spi;

import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentId;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.WaitlistEntryId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.spi.ClosureStore;
import dev.sportello.spi.AppendingStore;
import dev.sportello.spi.CounterStore;
import dev.sportello.spi.Stores;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.UserStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Appointments and waitlist entries. Seats are not counted here but with the {@link CounterStore} of the
 * same transaction. Since SPI 1.1 a booking's new appointment reaches the store as an append
 * ({@link #appendAll}, in {@link Stores#flushAll}), and what a booking reads first comes in one call
 * ({@link #forBooking}). Part of a transaction; not thread-safe.
 */
public interface AppointmentStore extends AppendingStore<AppointmentRecord> {
    /**
     * Adds an appointment.
     *
     * @param appointment the appointment, version 0, not null
     * @throws dev.sportello.ConflictException with {@code CONCURRENT_MODIFICATION} if the id, or the owner's
     *                                         idempotency key, is taken
     */
    void insert(AppointmentRecord appointment);

    /**
     * Adds appointments buffered by a command, in order; the default inserts each with {@link #insert}.
     *
     * @param appointments the appointments, version 0, not null
     * @throws dev.sportello.ConflictException with {@code CONCURRENT_MODIFICATION} if an id, or an owner's
     *                                         idempotency key, is taken
     * @since 1.1
     */
    @Override
    default void appendAll(List<AppointmentRecord> appointments) {
        for (AppointmentRecord appointment : appointments) {
            insert(appointment);
        }
    }

    /**
     * Everything a booking reads before it writes, as the single stores return it. A store may read it
     * in one round trip (the JDBC adapter does on PostgreSQL); the default asks each store of the
     * transaction in turn.
     *
     * @param lookup what to read, not null
     * @param stores the stores of this transaction, not null
     * @return what was read
     * @since 1.1
     */
    default BookingReads forBooking(BookingLookup lookup, Stores stores) {
        Optional<AppointmentRecord> earlier = findByIdempotencyKey(lookup.owner(), lookup.idempotencyKey());
        Optional<dev.sportello.users.spi.UserRecord> owner = stores.get(UserStore.class).find(lookup.owner());
        return new BookingReads(earlier, owner, owner.isEmpty() ? List.of()
                : stores.get(ConsentStore.class).history(lookup.owner()),
                stores.get(ClosureStore.class).between(lookup.office(), lookup.day(), lookup.day()));
    }

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
