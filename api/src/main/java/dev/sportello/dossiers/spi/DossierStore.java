package dev.sportello.dossiers.spi;

import dev.sportello.Page;
import dev.sportello.UserId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.dossiers.DossierSummary;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.StatusChange;
import dev.sportello.requests.RequestId;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dossiers: their headers (versioned), append-only status timelines, measures and payments (each kept by
 * its source id, replaced when reported again), the requests linked to them, and the owners' personal
 * data. Part of a transaction; not thread-safe.
 */
public interface DossierStore {
    /**
     * Adds a dossier (version 0).
     *
     * @param dossier the dossier, not null
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) if the id is taken
     */
    void insert(DossierRecord dossier);

    /**
     * Replaces a dossier if its stored version is {@code expectedVersion}; the new record carries
     * {@code expectedVersion + 1}.
     *
     * @param dossier         the new state, not null
     * @param expectedVersion the version read
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) on a stale version or a
     *         missing dossier
     */
    void update(DossierRecord dossier, long expectedVersion);

    /**
     * Reads a dossier.
     *
     * @param id the id, not null
     * @return the dossier, if any
     */
    Optional<DossierRecord> find(DossierId id);

    /**
     * Reads many dossiers at once (a bulk feed reads a batch's dossiers in one go).
     *
     * @param ids the ids, not null, at most 1,000
     * @return the dossiers found, by id (ids not found are absent); never null
     */
    Map<DossierId, DossierRecord> findAll(Collection<DossierId> ids);

    /**
     * Writes what a batch of reports decided (see {@link DossierWrites}): dossiers first, then their
     * timelines, measures, payments and personal data. A store may write each part with one statement;
     * the default calls {@link #insert}, {@link #update}, {@link #appendTimeline}, {@link #putMeasures},
     * {@link #putPayments} and {@link #putPersonalData} in that order.
     *
     * @param writes the writes, not null
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) if a dossier was inserted or
     *                                         changed meanwhile (the transaction must roll back)
     * @since 0.1
     */
    default void writeAll(DossierWrites writes) {
        writes.inserted().forEach(this::insert);
        writes.updated().forEach(u -> update(u.record(), u.expectedVersion()));
        writes.timeline().forEach(this::appendTimeline);
        writes.measures().forEach(this::putMeasures);
        writes.payments().forEach(this::putPayments);
        writes.personalData().forEach(this::putPersonalData);
    }

    /**
     * Some measures of several dossiers at once. The default calls {@link #findMeasures} per dossier.
     *
     * @param ids the measure ids per dossier, not null
     * @return those found, per dossier and id; a dossier without any found may be absent
     * @since 0.1
     */
    default Map<DossierId, Map<String, Measure>> findMeasuresOf(Map<DossierId, Set<String>> ids) {
        Map<DossierId, Map<String, Measure>> found = new java.util.HashMap<>();
        ids.forEach((dossier, of) -> found.put(dossier, findMeasures(dossier, of)));
        return found;
    }

    /**
     * Some payments of several dossiers at once, with their deductions. The default calls
     * {@link #findPayments} per dossier.
     *
     * @param ids the payment ids per dossier, not null
     * @return those found, per dossier and id; a dossier without any found may be absent
     * @since 0.1
     */
    default Map<DossierId, Map<String, Payment>> findPaymentsOf(Map<DossierId, Set<String>> ids) {
        Map<DossierId, Map<String, Payment>> found = new java.util.HashMap<>();
        ids.forEach((dossier, of) -> found.put(dossier, findPayments(dossier, of)));
        return found;
    }

    /**
     * Appends status changes to a dossier's timeline.
     *
     * @param dossier the dossier, not null
     * @param entries the entries, in order, not null
     */
    void appendTimeline(DossierId dossier, List<StatusChange> entries);

    /**
     * A dossier's timeline, in the order appended.
     *
     * @param dossier the dossier, not null
     * @return the entries; never null
     */
    List<StatusChange> timeline(DossierId dossier);

    /**
     * Adds measures, or replaces those with the same id in the dossier.
     *
     * @param dossier  the dossier, not null
     * @param measures the measures, not null, ids distinct
     */
    void putMeasures(DossierId dossier, List<Measure> measures);

    /**
     * A dossier's measures, oldest date first, ties by id ascending.
     *
     * @param dossier the dossier, not null
     * @return the measures; never null
     */
    List<Measure> measures(DossierId dossier);

    /**
     * Some of a dossier's measures, by id.
     *
     * @param dossier the dossier, not null
     * @param ids     the measure ids, not null
     * @return those found, by id; never null
     */
    Map<String, Measure> findMeasures(DossierId dossier, Set<String> ids);

    /**
     * Adds payments, or replaces those with the same id in the dossier. The IBAN of an account is stored
     * as given (the core gives it checked and in electronic format).
     *
     * @param dossier  the dossier, not null
     * @param payments the payments, not null, ids distinct
     */
    void putPayments(DossierId dossier, List<Payment> payments);

    /**
     * A dossier's payments, latest date first, ties by id descending.
     *
     * @param dossier the dossier, not null
     * @return the payments; never null
     */
    List<Payment> payments(DossierId dossier);

    /**
     * Some of a dossier's payments, by id.
     *
     * @param dossier the dossier, not null
     * @param ids     the payment ids, not null
     * @return those found, by id; never null
     */
    Map<String, Payment> findPayments(DossierId dossier, Set<String> ids);

    /**
     * Links a request to a dossier; linking the same pair again changes nothing.
     *
     * @param dossier the dossier, not null
     * @param request the request, not null
     */
    void linkRequest(DossierId dossier, RequestId request);

    /**
     * The requests linked to a dossier, in the order linked.
     *
     * @param dossier the dossier, not null
     * @return the requests; never null
     */
    List<RequestId> requests(DossierId dossier);

    /**
     * An owner's dossiers matching the filters, latest {@code updatedAt} first (ties by id, descending, in
     * the ordinal order of the id's text), with a keyset cursor that stays stable when dossiers are added.
     *
     * @param owner  the owner, not null
     * @param search the filters and page, not null
     * @return the page
     * @throws dev.sportello.InvalidInputException with {@code PAGE_CURSOR_INVALID} for a cursor it did not make
     */
    Page<DossierSummary> search(UserId owner, DossierSearch search);

    /**
     * Keeps a user's personal data as the institution holds them, replacing the earlier ones.
     *
     * @param owner the user, not null
     * @param data  the data, not null
     */
    void putPersonalData(UserId owner, PersonalData data);

    /**
     * A user's personal data.
     *
     * @param owner the user, not null
     * @return the data, if reported
     */
    Optional<PersonalData> personalData(UserId owner);
}
