package dev.sportello.core.internal.dossiers;

import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.StatusChange;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.dossiers.spi.DossierWrites;
import dev.sportello.users.spi.UserStore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state a batch of reports works on, in one transaction: the batch's dossiers, and the measures and
 * payments its reports name, read up front in three statements; what each applied report writes is kept
 * here (coalesced, so that later reports of the batch see it) and written at the end with one
 * {@link DossierStore#writeAll} call.
 *
 * <p>Not thread-safe: one transaction.
 */
final class FeedBatch {
    private final Tx tx;
    private final DossierStore store;
    private final Set<UserId> knownOwners;
    private final List<DossierNews> news = new ArrayList<>();
    private final Map<DossierId, DossierRecord> current;
    private final Map<DossierId, Long> readVersions = new HashMap<>();
    private final Set<DossierId> inserted = new HashSet<>();
    private final Map<DossierId, Map<String, Measure>> measures;
    private final Map<DossierId, Map<String, Payment>> payments;
    private final Map<DossierId, List<StatusChange>> timeline = new LinkedHashMap<>();
    private final Map<DossierId, Map<String, Measure>> putMeasures = new LinkedHashMap<>();
    private final Map<DossierId, Map<String, Payment>> putPayments = new LinkedHashMap<>();
    private final Map<UserId, PersonalData> personalData = new LinkedHashMap<>();

    private FeedBatch(Tx tx, DossierStore store, Set<UserId> knownOwners, Map<DossierId, DossierRecord> current,
                      Map<DossierId, Map<String, Measure>> measures, Map<DossierId, Map<String, Payment>> payments) {
        this.tx = tx;
        this.store = store;
        this.knownOwners = knownOwners;
        this.current = current;
        this.measures = measures;
        this.payments = payments;
        current.forEach((id, record) -> readVersions.put(id, record.version()));
    }

    /**
     * Reads what a batch needs: its dossiers, the measures and payments its reports name (payments named
     * by measures included), and whether the owners of the dossiers not stored yet exist.
     *
     * @param tx      the batch's transaction
     * @param reports the checked reports of the batch
     * @return the batch
     */
    static FeedBatch read(Tx tx, List<DossierReport> reports) {
        DossierStore store = tx.store(DossierStore.class);
        Set<DossierId> ids = new java.util.LinkedHashSet<>();
        reports.forEach(r -> ids.add(r.dossier()));
        Map<DossierId, DossierRecord> current = new HashMap<>(store.findAll(ids));
        Map<DossierId, Set<String>> measureIds = new LinkedHashMap<>();
        Map<DossierId, Set<String>> paymentIds = new LinkedHashMap<>();
        for (DossierReport report : reports) {
            if (!current.containsKey(report.dossier())) {
                continue;
            }
            for (Measure m : report.measures()) {
                measureIds.computeIfAbsent(report.dossier(), k -> new HashSet<>()).add(m.id());
                if (m.payment() != null) {
                    paymentIds.computeIfAbsent(report.dossier(), k -> new HashSet<>()).add(m.payment());
                }
            }
            for (Payment p : report.payments()) {
                paymentIds.computeIfAbsent(report.dossier(), k -> new HashSet<>()).add(p.id());
            }
        }
        Map<DossierId, Map<String, Measure>> measures = new HashMap<>(measureIds.isEmpty() ? Map.of()
                : store.findMeasuresOf(measureIds));
        Map<DossierId, Map<String, Payment>> payments = new HashMap<>(paymentIds.isEmpty() ? Map.of()
                : store.findPaymentsOf(paymentIds));
        Set<UserId> owners = new java.util.LinkedHashSet<>();
        reports.stream().filter(r -> !current.containsKey(r.dossier())).forEach(r -> owners.add(r.owner()));
        Set<UserId> known = owners.isEmpty() ? Set.of() : Set.copyOf(tx.store(UserStore.class).findAll(owners).keySet());
        return new FeedBatch(tx, store, known, current, measures, payments);
    }

    /** Whether the owner of a dossier not stored yet is a known user (read with the batch). */
    boolean ownerKnown(UserId owner) {
        return knownOwners.contains(owner);
    }

    /** Keeps what an applied report changed, for the batch's fan-out task. */
    void announce(DossierNews item) {
        news.add(item);
    }

    /** The dossier as the batch has it (its latest state), or null for one not stored yet. */
    DossierRecord dossier(DossierId id) {
        return current.get(id);
    }

    /** The stored or already reported measures of a dossier with these ids. */
    Map<String, Measure> measures(DossierId dossier, Set<String> ids) {
        return known(measures.get(dossier), ids);
    }

    /** The stored or already reported payments of a dossier with these ids. */
    Map<String, Payment> payments(DossierId dossier, Set<String> ids) {
        return known(payments.get(dossier), ids);
    }

    /** The owner's personal data as the batch has it. */
    Optional<PersonalData> personalData(UserId owner) {
        PersonalData pending = personalData.get(owner);
        return pending != null ? Optional.of(pending) : store.personalData(owner);
    }

    /** Keeps a dossier's new state: an insert if it was not stored when the batch began, else an update. */
    void put(DossierRecord record, boolean isNew) {
        if (isNew) {
            inserted.add(record.id());
        }
        current.put(record.id(), record);
    }

    void appendTimeline(DossierId dossier, StatusChange entry) {
        timeline.computeIfAbsent(dossier, k -> new ArrayList<>()).add(entry);
    }

    void putMeasures(DossierId dossier, List<Measure> items) {
        for (Measure m : items) {
            putMeasures.computeIfAbsent(dossier, k -> new LinkedHashMap<>()).put(m.id(), m);
            measures.computeIfAbsent(dossier, k -> new HashMap<>()).put(m.id(), m);
        }
    }

    void putPayments(DossierId dossier, List<Payment> items) {
        for (Payment p : items) {
            putPayments.computeIfAbsent(dossier, k -> new LinkedHashMap<>()).put(p.id(), p);
            payments.computeIfAbsent(dossier, k -> new HashMap<>()).put(p.id(), p);
        }
    }

    void putPersonalData(UserId owner, PersonalData data) {
        personalData.put(owner, data);
    }

    /**
     * Writes everything kept, in one {@link DossierStore#writeAll} call, and schedules the fan-out task of
     * the batch's news (none when no report changed anything).
     */
    void flush() {
        if (!news.isEmpty()) {
            tx.schedule(DossierFanOut.TASK, new FeedNews(tx.now(), tx.principal().actor(), tx.principal().onBehalfOf(), news),
                    tx.now(), null);
        }
        List<DossierRecord> inserts = new ArrayList<>();
        List<DossierWrites.Update> updates = new ArrayList<>();
        for (DossierId id : changedInOrder()) {
            DossierRecord record = current.get(id);
            if (inserted.contains(id)) {
                inserts.add(record);   // its latest state: version 0, or more if later reports of the batch changed it
            } else {
                updates.add(new DossierWrites.Update(record, readVersions.get(id)));
            }
        }
        Map<DossierId, List<Measure>> measureLists = new LinkedHashMap<>();
        putMeasures.forEach((id, m) -> measureLists.put(id, List.copyOf(m.values())));
        Map<DossierId, List<Payment>> paymentLists = new LinkedHashMap<>();
        putPayments.forEach((id, p) -> paymentLists.put(id, List.copyOf(p.values())));
        DossierWrites writes = new DossierWrites(inserts, updates, timeline, measureLists, paymentLists, personalData);
        if (!writes.isEmpty()) {
            store.writeAll(writes);
        }
    }

    private List<DossierId> changedInOrder() {
        List<DossierId> changed = new ArrayList<>();
        current.forEach((id, record) -> {
            Long read = readVersions.get(id);
            if (inserted.contains(id) || (read != null && record.version() != read)) {
                changed.add(id);
            }
        });
        changed.sort(java.util.Comparator.comparing(DossierId::value));
        return changed;
    }

    private static <T> Map<String, T> known(Map<String, T> items, Set<String> ids) {
        Map<String, T> found = new HashMap<>();
        if (items != null) {
            for (String id : ids) {
                T item = items.get(id);
                if (item != null) {
                    found.put(id, item);
                }
            }
        }
        return found;
    }
}
