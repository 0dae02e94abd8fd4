package dev.sportello.fragile.spi;

import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.UserId;
import dev.sportello.fragile.CallbackId;
import dev.sportello.fragile.ChannelContact;
import dev.sportello.fragile.LetterId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Skill;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fragile-users channel (R-USR-5): enrolments (one per user), letters, contacts (append-only) and
 * callbacks. Part of a transaction; not thread-safe.
 */
public interface FragileStore {
    /**
     * Adds an enrolment (version 0).
     *
     * @param enrolment the enrolment, not null
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) if the user is enrolled; nothing
     *         is stored then
     */
    void insertEnrolment(EnrolmentRecord enrolment);

    /**
     * Replaces an enrolment if its stored version is {@code expectedVersion}.
     *
     * @param enrolment       the new state with version {@code expectedVersion + 1}, not null
     * @param expectedVersion the version read
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) on a stale version
     */
    void updateEnrolment(EnrolmentRecord enrolment, long expectedVersion);

    /**
     * Reads a user's enrolment.
     *
     * @param user the user, not null
     * @return the enrolment, if any
     */
    Optional<EnrolmentRecord> findEnrolment(UserId user);

    /**
     * Adds a letter (version 0).
     *
     * @param letter the letter, not null
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) if the id is taken
     */
    void insertLetter(LetterRecord letter);

    /**
     * Replaces a letter if its stored version is {@code expectedVersion}.
     *
     * @param letter          the new state with version {@code expectedVersion + 1}, not null
     * @param expectedVersion the version read
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) on a stale version
     */
    void updateLetter(LetterRecord letter, long expectedVersion);

    /**
     * Reads a letter.
     *
     * @param id the id, not null
     * @return the letter, if any
     */
    Optional<LetterRecord> findLetter(LetterId id);

    /**
     * A user's letters, latest requested first (ties by id, descending).
     *
     * @param user the user, not null
     * @return the letters, never null
     */
    List<LetterRecord> lettersOf(UserId user);

    /**
     * Appends a contact.
     *
     * @param contact the contact, not null
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) if the id is taken
     */
    void addContact(ChannelContact contact);

    /**
     * A user's contacts, latest first (ties by id, descending).
     *
     * @param user the user, not null
     * @return the contacts, never null
     */
    List<ChannelContact> contactsOf(UserId user);

    /**
     * Adds a callback (version 0).
     *
     * @param callback the callback, not null
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) if the id is taken
     */
    void insertCallback(CallbackRecord callback);

    /**
     * Replaces a callback if its stored version is {@code expectedVersion}.
     *
     * @param callback        the new state with version {@code expectedVersion + 1}, not null
     * @param expectedVersion the version read
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) on a stale version
     */
    void updateCallback(CallbackRecord callback, long expectedVersion);

    /**
     * Reads a callback.
     *
     * @param id the id, not null
     * @return the callback, if any
     */
    Optional<CallbackRecord> findCallback(CallbackId id);

    /**
     * The open callbacks of an office due by an instant whose skills are all among the given ones, earliest
     * due first (ties by id), with a keyset cursor. A cursor this store did not write is refused with
     * {@code PAGE_CURSOR_INVALID}.
     *
     * @param office the office, not null
     * @param skills the operator's skills, not null
     * @param dueBy  the latest due time listed, not null
     * @param page   the page, not null
     * @return the page
     */
    Page<CallbackRecord> openCallbacks(OfficeCode office, Set<Skill> skills, Instant dueBy, PageRequest page);
}
