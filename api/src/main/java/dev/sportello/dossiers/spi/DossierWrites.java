package dev.sportello.dossiers.spi;

import dev.sportello.Arguments;
import dev.sportello.UserId;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.StatusChange;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch of feed reports writes, gathered by the SDK so that a store can write it with one statement
 * per table ({@link DossierStore#writeAll}). It is coalesced: a dossier is either inserted or updated, once,
 * in its latest state; an item (measure, payment) appears once per dossier, in its latest state; timeline
 * entries are in the order they were made; personal data once per owner.
 *
 * <p>Immutable and thread-safe: the lists and maps are unmodifiable copies, in insertion order.
 *
 * @param inserted     new dossiers (version 0), not null
 * @param updated      dossiers replaced, each with the version read, not null
 * @param timeline     status changes per dossier, not null
 * @param measures     measures added or replaced per dossier, not null
 * @param payments     payments added or replaced per dossier, not null
 * @param personalData personal data replaced per owner, not null
 * @since 0.1
 */
public record DossierWrites(List<DossierRecord> inserted, List<Update> updated, Map<DossierId, List<StatusChange>> timeline,
                            Map<DossierId, List<Measure>> measures, Map<DossierId, List<Payment>> payments,
                            Map<UserId, PersonalData> personalData) {
    private static final String TYPE = "DossierWrites";

    /**
     * Copies every part, keeping the order.
     *
     * @throws dev.sportello.InvalidInputException ({@code VALUE_REQUIRED}) for a null part, element, key or value
     */
    public DossierWrites {
        inserted = Arguments.list(inserted, TYPE, "inserted");
        updated = Arguments.list(updated, TYPE, "updated");
        timeline = frozen(timeline, "timeline");
        measures = frozen(measures, "measures");
        payments = frozen(payments, "payments");
        Arguments.required(personalData, TYPE, "personalData");
        Map<UserId, PersonalData> data = new LinkedHashMap<>();
        personalData.forEach((owner, value) -> data.put(Arguments.required(owner, TYPE, "personalData<key>"),
                Arguments.required(value, TYPE, "personalData<value>")));
        personalData = Collections.unmodifiableMap(data);
    }

    /** Whether there is nothing to write. */
    public boolean isEmpty() {
        return inserted.isEmpty() && updated.isEmpty() && timeline.isEmpty() && measures.isEmpty() && payments.isEmpty()
                && personalData.isEmpty();
    }

    private static <K, V> Map<K, List<V>> frozen(Map<K, List<V>> map, String field) {
        Arguments.required(map, TYPE, field);
        Map<K, List<V>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(Arguments.required(k, TYPE, field + "<key>"), Arguments.list(v, TYPE, field + "<value>")));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * A dossier replaced if its stored version is still the one read.
     *
     * <p>Immutable and thread-safe.
     *
     * @param record          the new state (its version is {@code expectedVersion + 1} or more), not null
     * @param expectedVersion the version read before the batch
     */
    public record Update(DossierRecord record, long expectedVersion) {
        /**
         * Checks the record.
         *
         * @throws dev.sportello.InvalidInputException ({@code VALUE_REQUIRED}) for a null record
         */
        public Update {
            Arguments.required(record, "DossierWrites.Update", "record");
        }
    }
}
