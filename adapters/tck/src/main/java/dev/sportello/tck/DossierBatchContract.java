package dev.sportello.tck;

import dev.sportello.ConflictException;
import dev.sportello.UserId;
import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.StatusChange;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.dossiers.spi.DossierWrites;
import dev.sportello.spi.Stores;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dossier store's batch calls, which the feed uses for each transaction of reports:
 * {@link DossierStore#writeAll} (inserts and version-checked updates, timelines, measures, payments with
 * their deductions, personal data) and the reads of many dossiers' measures and payments. A store that
 * keeps the defaults passes it as well as one that writes each part with one statement.
 *
 * <p>Not thread-safe: JUnit runs each test on one thread.
 */
public abstract class DossierBatchContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void writeAllWritesEveryPartAndTheBatchReadsFindThem() {
        UserId owner = new UserId(UUID.randomUUID());
        DossierId fresh = DossierId.of("B-NEW");
        DossierId known = DossierId.of("B-OLD");
        DossierRecord old = DossierStoreContract.dossier(known, owner, DossierStatus.RECEIVED, T0);
        tx((Stores s) -> {
            s.get(DossierStore.class).insert(old);
            s.get(DossierStore.class).putPayments(known, List.of(DossierStoreContract.payment("P-1", LocalDate.of(2026, 10, 27),
                    PaymentStatus.SCHEDULED)));
            return null;
        });
        DossierRecord inserted = DossierStoreContract.dossier(fresh, owner, DossierStatus.IN_PROGRESS, T0).toBuilder()
                .version(1).build();   // reported twice in the batch
        DossierRecord updated = old.toBuilder().status(DossierStatus.DECIDED).version(2).updatedAt(T0.plusSeconds(5)).build();
        Payment paid = new Payment("P-1", null, Money.euro("1200.50"), List.of(new Deduction("IRPEF", Money.euro("200.50")),
                new Deduction("Addizionale", Money.euro("10"))), Money.euro("990"), PaymentStatus.PAID, LocalDate.of(2026, 10, 27),
                DossierStoreContract.payment("P-1", LocalDate.of(2026, 10, 27), PaymentStatus.PAID).method());
        Measure measure = new Measure("M-1", LocalDate.of(2026, 10, 2), "Liquidazione", "Testo", "P-1", null);
        Map<DossierId, List<StatusChange>> timeline = new LinkedHashMap<>();
        timeline.put(fresh, List.of(new StatusChange(DossierStatus.RECEIVED, null, T0, 1),
                new StatusChange(DossierStatus.IN_PROGRESS, "Presa in carico", T0.plusSeconds(1), 2)));
        timeline.put(known, List.of(new StatusChange(DossierStatus.DECIDED, null, T0.plusSeconds(2), 4)));
        PersonalData data = new PersonalData(Map.of("address", "Via Roma 1"), T0);
        DossierWrites writes = new DossierWrites(List.of(inserted), List.of(new DossierWrites.Update(updated, 0)), timeline,
                Map.of(known, List.of(measure)), Map.of(known, List.of(paid), fresh,
                        List.of(DossierStoreContract.payment("P-9", LocalDate.of(2026, 11, 27), PaymentStatus.SCHEDULED))),
                Map.of(owner, data));
        tx((Stores s) -> {
            s.get(DossierStore.class).writeAll(writes);
            return null;
        });
        tx((Stores s) -> {
            DossierStore store = s.get(DossierStore.class);
            assertThat(store.find(fresh)).contains(inserted);
            assertThat(store.find(known)).contains(updated);
            assertThat(store.timeline(fresh)).extracting(StatusChange::sequence).containsExactly(1L, 2L);
            assertThat(store.timeline(known)).extracting(StatusChange::status).containsExactly(DossierStatus.DECIDED);
            assertThat(store.payments(known)).containsExactly(paid);
            assertThat(store.personalData(owner)).contains(data);
            Map<DossierId, Map<String, Payment>> payments = store.findPaymentsOf(Map.of(known, Set.of("P-1", "P-404"),
                    fresh, Set.of("P-9"), DossierId.of("B-404"), Set.of("P-1")));
            assertThat(payments.get(known)).containsOnlyKeys("P-1").containsValue(paid);
            assertThat(payments.get(known).get("P-1").deductions()).extracting(Deduction::label).containsExactly("IRPEF", "Addizionale");
            assertThat(payments.get(fresh)).containsOnlyKeys("P-9");
            assertThat(payments.getOrDefault(DossierId.of("B-404"), Map.of())).isEmpty();
            Map<DossierId, Map<String, Measure>> measures = store.findMeasuresOf(Map.of(known, Set.of("M-1", "M-404"),
                    fresh, Set.of("M-1")));
            assertThat(measures.get(known)).containsOnlyKeys("M-1").containsValue(measure);
            assertThat(measures.getOrDefault(fresh, Map.of())).isEmpty();
            return null;
        });
    }

    @Test
    void aStaleUpdateOrATakenIdRefusesTheWholeBatch() {
        UserId owner = new UserId(UUID.randomUUID());
        DossierId known = DossierId.of("C-OLD");
        DossierRecord old = DossierStoreContract.dossier(known, owner, DossierStatus.RECEIVED, T0);
        tx((Stores s) -> {
            s.get(DossierStore.class).insert(old);
            return null;
        });
        DossierId fresh = DossierId.of("C-NEW");
        DossierWrites stale = new DossierWrites(List.of(DossierStoreContract.dossier(fresh, owner, DossierStatus.RECEIVED, T0)),
                List.of(new DossierWrites.Update(old.toBuilder().version(6).build(), 5)),
                Map.of(fresh, List.of(new StatusChange(DossierStatus.RECEIVED, null, T0, 1))), Map.of(), Map.of(), Map.of());
        assertThatThrownBy(() -> tx((Stores s) -> {
            s.get(DossierStore.class).writeAll(stale);
            return null;
        })).isInstanceOf(ConflictException.class);
        DossierWrites taken = new DossierWrites(List.of(old), List.of(), Map.of(), Map.of(), Map.of(), Map.of());
        assertThatThrownBy(() -> tx((Stores s) -> {
            s.get(DossierStore.class).writeAll(taken);
            return null;
        })).isInstanceOf(ConflictException.class);
        tx((Stores s) -> {
            assertThat(s.get(DossierStore.class).find(fresh)).isEmpty();
            assertThat(s.get(DossierStore.class).timeline(fresh)).isEmpty();
            assertThat(s.get(DossierStore.class).find(known)).contains(old);
            return null;
        });
    }
}
