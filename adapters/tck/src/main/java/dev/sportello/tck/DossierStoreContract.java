package dev.sportello.tck;

import dev.sportello.ConflictException;
import dev.sportello.InvalidInputException;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.UserId;
import dev.sportello.dossiers.Deduction;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.DocumentKind;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierOutcome;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.DossierSummary;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentPeriod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.SequenceGap;
import dev.sportello.dossiers.StatusChange;
import dev.sportello.dossiers.spi.DocumentContentStore;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.RequestId;
import dev.sportello.spi.Stores;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Contract of the dossier stores: round trips (money with two decimals, ordered personal data, IBANs as
 * given), versions, upserts by id, ordering, keyset paging and its cursors, request links, documents and
 * their content streamed in and out, and rollback of everything a transaction wrote.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class DossierStoreContract extends StorageContract {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");
    private static final OfficeCode CAGLIARI = new OfficeCode("CAGLIARI");

    static DossierRecord dossier(DossierId id, UserId owner, DossierStatus status, Instant updatedAt) {
        return DossierRecord.builder().id(id).kind(DossierKindCode.WORKPLACE_INJURY).owner(owner).office(CAGLIARI)
                .status(status).statusNote("In istruttoria").lastChangeAt(T0.minusSeconds(3600))
                .outcome(status == DossierStatus.DECIDED ? new DossierOutcome("ACCEPTED", "Riconosciuta", LocalDate.of(2026, 10, 1))
                        : null)
                .sequence(3).fingerprint("f".repeat(64)).gaps(List.of(new SequenceGap(2, 2, T0)))
                .createdAt(T0).updatedAt(updatedAt).version(0).build();
    }

    static Payment payment(String id, LocalDate date, PaymentStatus status) {
        return new Payment(id, new PaymentPeriod(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)), Money.euro("1200.5"),
                List.of(new Deduction("Ritenuta IRPEF", Money.euro("276.10"))), Money.euro("924.40"), status, date,
                new PaymentMethod.Account(PaymentMethod.AccountType.POSTAL, "IT60X0542811101000000123456"));
    }

    private void run(java.util.function.Consumer<Stores> work) {
        tx((Stores s) -> {
            work.accept(s);
            return null;
        });
    }

    @Test
    void roundTripsADossierWithItsTimelineMeasuresPaymentsAndLinks() {
        UserId owner = new UserId(UUID.randomUUID());
        DossierId id = DossierId.of("INAIL-2026-000001");
        DossierRecord record = dossier(id, owner, DossierStatus.DECIDED, T0);
        Payment cash = new Payment("P-2", null, Money.euro("10"), List.of(), Money.euro("10"), PaymentStatus.SCHEDULED,
                LocalDate.of(2026, 12, 1), new PaymentMethod.PostOfficeCash("Roma 12"));
        Payment counter = new Payment("P-3", null, Money.euro("0"), List.of(), Money.euro("0"), PaymentStatus.CANCELLED,
                LocalDate.of(2026, 12, 1), new PaymentMethod.Counter(CAGLIARI));
        RequestId request = new RequestId(UUID.randomUUID());
        run(s -> {
            DossierStore store = s.get(DossierStore.class);
            store.insert(record);
            store.appendTimeline(id, List.of(new StatusChange(DossierStatus.RECEIVED, null, T0.minusSeconds(7200), 1)));
            store.appendTimeline(id, List.of(new StatusChange(DossierStatus.DECIDED, "Definita", T0.minusSeconds(3600), 3)));
            store.putMeasures(id, List.of(new Measure("M-2", LocalDate.of(2026, 10, 2), "Liquidazione", "Testo", "P-1",
                    DocumentId.of("LETTER-1")), new Measure("M-1", LocalDate.of(2026, 10, 2), "Riconoscimento", "Testo", null, null)));
            store.putPayments(id, List.of(payment("P-1", LocalDate.of(2026, 10, 27), PaymentStatus.PAID), cash, counter));
            store.linkRequest(id, request);
            store.linkRequest(id, request);
        });
        tx((Stores s) -> {
            DossierStore store = s.get(DossierStore.class);
            assertThat(store.find(id)).contains(record);
            assertThat(store.find(DossierId.of("NOPE"))).isEmpty();
            assertThat(store.findAll(List.of(id, DossierId.of("NOPE")))).containsOnlyKeys(id);
            assertThat(store.timeline(id)).extracting(StatusChange::sequence).containsExactly(1L, 3L);
            assertThat(store.measures(id)).extracting(Measure::id).containsExactly("M-1", "M-2");
            assertThat(store.payments(id)).extracting(Payment::id).containsExactly("P-3", "P-2", "P-1");
            assertThat(store.payments(id).get(2)).isEqualTo(payment("P-1", LocalDate.of(2026, 10, 27), PaymentStatus.PAID));
            assertThat(store.payments(id).get(2).gross().amount()).hasToString("1200.50");
            assertThat(store.findPayments(id, Set.of("P-2", "P-404"))).containsOnlyKeys("P-2").containsValue(cash);
            assertThat(store.findMeasures(id, Set.of("M-2"))).containsOnlyKeys("M-2");
            assertThat(store.requests(id)).containsExactly(request);
            return null;
        });
    }

    @Test
    void versionsAreCheckedAndIdsAreUnique() {
        UserId owner = new UserId(UUID.randomUUID());
        DossierId id = DossierId.of("D-1");
        DossierRecord record = dossier(id, owner, DossierStatus.RECEIVED, T0);
        run(s -> s.get(DossierStore.class).insert(record));
        assertThatThrownBy(() -> run(s -> s.get(DossierStore.class).insert(record))).isInstanceOf(ConflictException.class);
        DossierRecord next = record.toBuilder().status(DossierStatus.IN_PROGRESS).version(1).updatedAt(T0.plusSeconds(1)).build();
        run(s -> s.get(DossierStore.class).update(next, 0));
        assertThatThrownBy(() -> run(s -> s.get(DossierStore.class).update(next.toBuilder().version(1).build(), 0)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> run(s -> s.get(DossierStore.class).update(dossier(DossierId.of("D-404"), owner,
                DossierStatus.RECEIVED, T0).toBuilder().version(1).build(), 0))).isInstanceOf(ConflictException.class);
        assertThat(tx((Stores s) -> s.get(DossierStore.class).find(id))).contains(next);
    }

    @Test
    void paymentsAndMeasuresAreReplacedById() {
        DossierId id = DossierId.of("D-2");
        run(s -> {
            s.get(DossierStore.class).insert(dossier(id, new UserId(UUID.randomUUID()), DossierStatus.DECIDED, T0));
            s.get(DossierStore.class).putPayments(id, List.of(payment("P-1", LocalDate.of(2026, 10, 27), PaymentStatus.PAID)));
        });
        run(s -> s.get(DossierStore.class).putPayments(id, List.of(payment("P-1", LocalDate.of(2026, 10, 27),
                PaymentStatus.RETURNED))));
        assertThat(tx((Stores s) -> s.get(DossierStore.class).payments(id))).extracting(Payment::status)
                .containsExactly(PaymentStatus.RETURNED);
    }

    @Test
    void searchPagesAnOwnersDossiersNewestFirstWithStableCursors() {
        UserId owner = new UserId(UUID.randomUUID());
        UserId other = new UserId(UUID.randomUUID());
        run(s -> {
            DossierStore store = s.get(DossierStore.class);
            for (int i = 0; i < 9; i++) {
                store.insert(dossier(DossierId.of("D-" + i), owner, i % 3 == 0 ? DossierStatus.CLOSED : DossierStatus.IN_PROGRESS,
                        T0.plusSeconds(i / 2)));   // pairs share an instant: ties by id, descending
            }
            store.insert(dossier(DossierId.of("D-X"), other, DossierStatus.CLOSED, T0));
        });
        List<String> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (page != null) {
            PageRequest current = page;
            Page<DossierSummary> result = tx((Stores s) -> s.get(DossierStore.class).search(owner, DossierSearch.all(current)));
            result.items().forEach(d -> seen.add(d.id().value()));
            if (seen.size() == 2) {
                run(s -> s.get(DossierStore.class).insert(dossier(DossierId.of("D-NEW"), owner, DossierStatus.RECEIVED,
                        T0.plusSeconds(60))));   // newer than the page read: not seen again, nothing skipped
            }
            page = current.after(result);
        }
        assertThat(seen).containsExactly("D-8", "D-7", "D-6", "D-5", "D-4", "D-3", "D-2", "D-1", "D-0");
        assertThat(tx((Stores s) -> s.get(DossierStore.class).search(owner, new DossierSearch(Set.of(),
                Set.of(DossierStatus.CLOSED), PageRequest.first(10)))).items()).extracting(d -> d.id().value())
                .containsExactly("D-6", "D-3", "D-0");
        assertThat(tx((Stores s) -> s.get(DossierStore.class).search(owner, new DossierSearch(Set.of(DossierKindCode.PENSION),
                Set.of(), PageRequest.first(10)))).items()).isEmpty();
        assertThatThrownBy(() -> tx((Stores s) -> s.get(DossierStore.class).search(owner,
                DossierSearch.all(new PageRequest(2, "not-a-cursor"))))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void tiesAreOrderedByTheIdsTextOrdinalAcrossPages() {
        UserId owner = new UserId(UUID.randomUUID());
        List<String> ids = List.of("INAIL/2026/7", "INAIL-2026-7", "INAIL.2026.7", "INAIL20267", "INAIL_2026_7");
        run(s -> ids.forEach(id -> s.get(DossierStore.class).insert(dossier(DossierId.of(id), owner, DossierStatus.RECEIVED,
                T0))));   // one update time: '-' < '.' < '/' < digits < '_'
        List<String> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (page != null) {
            PageRequest current = page;
            Page<DossierSummary> result = tx((Stores s) -> s.get(DossierStore.class).search(owner, DossierSearch.all(current)));
            result.items().forEach(d -> seen.add(d.id().value()));
            page = current.after(result);
        }
        assertThat(seen).containsExactly("INAIL_2026_7", "INAIL20267", "INAIL/2026/7", "INAIL.2026.7", "INAIL-2026-7");
    }

    @Test
    void personalDataKeepTheirOrder() {
        UserId owner = new UserId(UUID.randomUUID());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", "Lucia Verdi");
        fields.put("address", "Via Appia 10");
        fields.put("birthDate", "1980-01-01");
        PersonalData data = new PersonalData(fields, T0);
        run(s -> s.get(DossierStore.class).putPersonalData(owner, data));
        assertThat(tx((Stores s) -> s.get(DossierStore.class).personalData(owner))).hasValueSatisfying(d -> {
            assertThat(d).isEqualTo(data);
            assertThat(d.fields().keySet()).containsExactly("name", "address", "birthDate");
        });
        assertThat(tx((Stores s) -> s.get(DossierStore.class).personalData(new UserId(UUID.randomUUID())))).isEmpty();
    }

    @Test
    void documentsAndTheirContentAreStreamedInAndOut() {
        UserId owner = new UserId(UUID.randomUUID());
        DossierId id = DossierId.of("D-DOC");
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        new Random(42).nextBytes(content);
        DossierDocument tax = document(id, "CU-2026", LocalDate.of(2026, 3, 16), content.length);
        DossierDocument slip = document(id, "SLIP-2026-10", LocalDate.of(2026, 10, 27), 10);
        run(s -> {
            s.get(DossierStore.class).insert(dossier(id, owner, DossierStatus.DECIDED, T0));
            s.get(DocumentStore.class).put(tax);
            s.get(DocumentStore.class).put(slip);
            assertThat(write(s, id, "CU-2026", new ByteArrayInputStream(content))).isEqualTo(content.length);
        });
        tx((Stores s) -> {
            assertThat(s.get(DocumentStore.class).find(id, DocumentId.of("CU-2026"))).contains(tax);
            assertThat(s.get(DocumentStore.class).find(id, DocumentId.of("NOPE"))).isEmpty();
            assertThat(s.get(DocumentStore.class).list(id)).containsExactly(slip, tax);
            assertThat(s.get(DocumentStore.class).listOfOwner(owner)).containsExactly(slip, tax);
            assertThat(s.get(DocumentStore.class).listOfOwner(new UserId(UUID.randomUUID()))).isEmpty();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(read(s, id, "CU-2026", out)).isTrue();
            assertThat(out.toByteArray()).isEqualTo(content);
            assertThat(read(s, id, "NOPE", new ByteArrayOutputStream())).isFalse();
            return null;
        });
    }

    @Test
    void aRolledBackTransactionLeavesNothingContentIncluded() {
        UserId owner = new UserId(UUID.randomUUID());
        DossierId id = DossierId.of("D-RB");
        assertThatThrownBy(() -> run(s -> {
            s.get(DossierStore.class).insert(dossier(id, owner, DossierStatus.RECEIVED, T0));
            s.get(DossierStore.class).appendTimeline(id, List.of(new StatusChange(DossierStatus.RECEIVED, null, T0, 1)));
            s.get(DossierStore.class).putPayments(id, List.of(payment("P-1", LocalDate.of(2026, 10, 27), PaymentStatus.PAID)));
            s.get(DossierStore.class).linkRequest(id, new RequestId(UUID.randomUUID()));
            s.get(DossierStore.class).putPersonalData(owner, new PersonalData(Map.of("name", "X"), T0));
            s.get(DocumentStore.class).put(document(id, "DOC", LocalDate.of(2026, 1, 1), 4));
            write(s, id, "DOC", new ByteArrayInputStream(new byte[]{1, 2, 3, 4}));
            throw new IllegalStateException("the command failed");
        })).isInstanceOf(IllegalStateException.class);
        tx((Stores s) -> {
            assertThat(s.get(DossierStore.class).find(id)).isEmpty();
            assertThat(s.get(DossierStore.class).timeline(id)).isEmpty();
            assertThat(s.get(DossierStore.class).payments(id)).isEmpty();
            assertThat(s.get(DossierStore.class).requests(id)).isEmpty();
            assertThat(s.get(DossierStore.class).personalData(owner)).isEmpty();
            assertThat(s.get(DocumentStore.class).list(id)).isEmpty();
            assertThat(read(s, id, "DOC", new ByteArrayOutputStream())).isFalse();
            return null;
        });
    }

    @Test
    void aStreamThatFailsPartWayPropagatesAndLeavesNothing() {
        DossierId id = DossierId.of("D-FAIL");
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() {
                if (left-- == 0) {
                    throw new IllegalStateException("refused part-way");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> run(s -> {
            s.get(DossierStore.class).insert(dossier(id, new UserId(UUID.randomUUID()), DossierStatus.RECEIVED, T0));
            write(s, id, "DOC", failing);
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("part-way");
        assertThat(tx((Stores s) -> read(s, id, "DOC", new ByteArrayOutputStream()))).isFalse();
    }

    private static DossierDocument document(DossierId dossier, String id, LocalDate issuedOn, long size) {
        return new DossierDocument(dossier, DocumentId.of(id), DocumentKind.TAX_CERTIFICATE, "Certificazione Unica", id + ".pdf",
                "application/pdf", 2026, issuedOn, size, "a".repeat(64), T0);
    }

    private static long write(Stores s, DossierId dossier, String id, InputStream in) {
        try {
            return s.get(DocumentContentStore.class).write(dossier, DocumentId.of(id), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean read(Stores s, DossierId dossier, String id, ByteArrayOutputStream out) {
        try {
            return s.get(DocumentContentStore.class).read(dossier, DocumentId.of(id), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
