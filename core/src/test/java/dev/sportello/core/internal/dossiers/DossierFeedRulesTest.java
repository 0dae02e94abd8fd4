package dev.sportello.core.internal.dossiers;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.FaultyStorage;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.dossiers.Dossier;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierMessageKinds;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Money;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.PersonalData;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.dossiers.SequenceGap;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.dossiers.spi.DossierStore;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.SkipReason;
import dev.sportello.offices.OfficeCode;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.Stores;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.sportello.core.internal.dossiers.DossierSamples.measure;
import static dev.sportello.core.internal.dossiers.DossierSamples.payment;
import static dev.sportello.core.internal.dossiers.DossierSamples.report;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The feed of the systems of record (R-DOS-1): idempotent, out-of-order safe, never back, gaps, per report. */
class DossierFeedRulesTest {
    private FaultyStorage faulty;
    private final CoreFixture h = new CoreFixture(storage -> faulty = new FaultyStorage(storage), b -> { });
    private final DossierId id = DossierId.of("INAIL-2026-000123");

    @AfterEach
    void close() {
        h.close();
    }

    private ReportResult feed(DossierReport report) {
        return h.sdk.dossiers().report(PORTAL, report);
    }

    private static DossierReport withPersonalData(DossierReport r, PersonalData data) {
        return new DossierReport(r.dossier(), r.sequence(), r.occurredAt(), r.kind(), r.owner(), r.office(), r.status(),
                r.statusNote(), r.outcome(), r.measures(), r.payments(), data);
    }

    private Dossier read(UserProfile owner) {
        return h.sdk.dossiers().get(as(owner), id);
    }

    private boolean stored(DossierId dossier) {
        return h.read((Stores s) -> s.get(DossierStore.class).find(dossier)).isPresent();
    }

    private List<MessageView> dossierMessages(UserProfile user) {
        return h.messages(user).stream().filter(m -> m.kind().code().startsWith("DOSSIER")).toList();
    }

    @Nested
    @DisplayName("R-DOS-1 the SDK keeps what the counter shows and reacts to the changes reported")
    class Reports {
        @Test
        @DisplayName("R-DOS-1 a first report creates the dossier with its kind, owner, office, status and timeline")
        void aFirstReportCreatesTheDossier() {
            UserProfile owner = h.citizen();
            ReportResult result = feed(report(id, owner.id(), 1, DossierStatus.RECEIVED));
            assertThat(result).isInstanceOfSatisfying(ReportResult.Applied.class, a -> {
                assertThat(a.created()).isTrue();
                assertThat(a.changes()).containsExactly(DossierChange.STATUS);
                assertThat(a.gap()).isNull();
            });
            Dossier dossier = read(owner);
            assertThat(dossier.kind().code()).isEqualTo(DossierKindCode.WORKPLACE_INJURY);
            assertThat(dossier.kind().label(dev.sportello.Language.DE)).isEqualTo("Arbeitsunfall");
            assertThat(dossier.office()).isEqualTo(TestOffices.CAGLIARI);
            assertThat(dossier.timeline()).extracting(c -> c.status()).containsExactly(DossierStatus.RECEIVED);
        }

        @Test
        @DisplayName("R-DOS-1 a repeated report changes nothing and says so")
        void aRepeatedReportChangesNothing() {
            UserProfile owner = h.citizen();
            DossierReport first = report(id, owner.id(), 1, DossierStatus.IN_PROGRESS);
            feed(first);
            long version = read(owner).version();
            int messages = h.messages(owner).size();
            assertThat(feed(first)).isEqualTo(new ReportResult.Unchanged(id, 1, ReportResult.Reason.DUPLICATE));
            assertThat(read(owner).version()).isEqualTo(version);
            assertThat(h.messages(owner)).hasSize(messages);
        }

        @Test
        @DisplayName("R-DOS-1 a repeat is recognised by its content, whatever order its personal data was given in")
        void aRepeatWithPersonalDataInAnotherOrderIsADuplicate() {
            UserProfile owner = h.citizen();
            Map<String, String> given = new LinkedHashMap<>();
            given.put("address", "Via Roma 1, Cagliari");
            given.put("iban", DossierSamples.IBAN);
            Map<String, String> reordered = new LinkedHashMap<>();
            reordered.put("iban", DossierSamples.IBAN);
            reordered.put("address", "Via Roma 1, Cagliari");
            Instant asOf = CoreFixture.START.minusSeconds(86_400);
            feed(withPersonalData(report(id, owner.id(), 1, DossierStatus.IN_PROGRESS), new PersonalData(given, asOf)));
            assertThat(feed(withPersonalData(report(id, owner.id(), 1, DossierStatus.IN_PROGRESS), new PersonalData(reordered, asOf))))
                    .isEqualTo(new ReportResult.Unchanged(id, 1, ReportResult.Reason.DUPLICATE));
            reordered.put("address", "Via Roma 2, Cagliari");
            fails(() -> feed(withPersonalData(report(id, owner.id(), 1, DossierStatus.IN_PROGRESS),
                    new PersonalData(reordered, asOf))), ErrorCode.DOS_SEQUENCE_REUSED);
        }

        @Test
        @DisplayName("R-DOS-1 a dossier stored with the earlier, text-based fingerprint still tells a repeat from a change")
        void aFingerprintOfTheEarlierFormStillWorks() {
            UserProfile owner = h.citizen();
            DossierReport first = report(id, owner.id(), 1, DossierStatus.IN_PROGRESS);
            feed(first);
            h.read((Stores s) -> {
                DossierStore store = s.get(DossierStore.class);
                DossierRecord stored = store.find(id).orElseThrow();
                store.update(stored.toBuilder().fingerprint(ReportFingerprint.legacy(first)).version(stored.version() + 1).build(),
                        stored.version());
                return null;
            });
            assertThat(feed(first)).isEqualTo(new ReportResult.Unchanged(id, 1, ReportResult.Reason.DUPLICATE));
            fails(() -> feed(report(id, owner.id(), 1, DossierStatus.DECIDED)), ErrorCode.DOS_SEQUENCE_REUSED);
        }

        @Test
        @DisplayName("R-DOS-1 a late report (out of order) is stale: the newer state stays")
        void aLateReportIsStale() {
            UserProfile owner = h.citizen();
            feed(report(id, owner.id(), 3, DossierStatus.DECIDED));
            assertThat(feed(report(id, owner.id(), 2, DossierStatus.IN_PROGRESS)))
                    .isEqualTo(new ReportResult.Unchanged(id, 2, ReportResult.Reason.STALE));
            assertThat(read(owner).status()).isEqualTo(DossierStatus.DECIDED);
            assertThat(read(owner).sequence()).isEqualTo(3);
        }

        @Test
        @DisplayName("R-DOS-1 a report never moves a dossier back, even with a newer sequence number")
        void neverBack() {
            UserProfile owner = h.citizen();
            feed(report(id, owner.id(), 1, DossierStatus.DECIDED));
            SportelloException e = fails(() -> feed(report(id, owner.id(), 2, DossierStatus.IN_PROGRESS)),
                    ErrorCode.DOS_STATUS_BACKWARDS);
            assertThat(e.details()).containsEntry("status", "DECIDED").containsEntry("reported", "IN_PROGRESS");
            assertThat(read(owner).status()).isEqualTo(DossierStatus.DECIDED);
            assertThat(read(owner).sequence()).isEqualTo(1);
        }

        @Test
        @DisplayName("R-DOS-1 a gap in the sequence is recorded on the dossier, not guessed")
        void aGapIsRecorded() {
            UserProfile owner = h.citizen();
            feed(report(id, owner.id(), 1, DossierStatus.RECEIVED));
            ReportResult result = feed(report(id, owner.id(), 4, DossierStatus.IN_PROGRESS));
            assertThat(result).isInstanceOfSatisfying(ReportResult.Applied.class, a ->
                    assertThat(a.gap()).isEqualTo(new SequenceGap(2, 3, h.clock.instant())));
            Dossier dossier = read(owner);
            assertThat(dossier.gaps()).extracting(SequenceGap::from, SequenceGap::to).containsExactly(tuple(2L, 3L));
            assertThat(dossier.timeline()).extracting(c -> c.sequence()).containsExactly(1L, 4L);
            assertThat(feed(report(id, owner.id(), 2, DossierStatus.IN_PROGRESS)))
                    .isInstanceOf(ReportResult.Unchanged.class);   // a missing report arriving late changes nothing
        }

        @Test
        @DisplayName("R-DOS-1 the last sequence number with other content is a conflict, not a silent overwrite")
        void aReusedSequenceIsAConflict() {
            UserProfile owner = h.citizen();
            feed(report(id, owner.id(), 1, DossierStatus.RECEIVED));
            fails(() -> feed(report(id, owner.id(), 1, DossierStatus.IN_PROGRESS)), ErrorCode.DOS_SEQUENCE_REUSED);
            fails(() -> feed(new DossierReport(id, 2, DossierSamples.at(2), DossierKindCode.PENSION, owner.id(),
                    TestOffices.CAGLIARI, DossierStatus.IN_PROGRESS, null, null, List.of(), List.of(), null)),
                    ErrorCode.DOS_OWNER_CHANGED);
            assertThat(read(owner).status()).isEqualTo(DossierStatus.RECEIVED);
        }

        @Test
        @DisplayName("R-DOS-1 payments and measures are kept by id: a returned payment replaces the paid one")
        void paymentsAndMeasuresByIdReplace() {
            UserProfile owner = h.citizen();
            feed(report(id, owner.id(), TestOffices.CAGLIARI, 1, DossierStatus.DECIDED, List.of(measure("M-1", "P-1")),
                    List.of(payment("P-1", "924.00", PaymentStatus.PAID))));
            ReportResult returned = feed(report(id, owner.id(), TestOffices.CAGLIARI, 2, DossierStatus.DECIDED,
                    List.of(), List.of(payment("P-1", "924.00", PaymentStatus.RETURNED))));
            assertThat(returned).isInstanceOfSatisfying(ReportResult.Applied.class, a ->
                    assertThat(a.changes()).containsExactlyInAnyOrder(DossierChange.PAYMENT_RETURNED, DossierChange.DETAIL));
            List<Payment> payments = h.sdk.dossiers().payments(as(owner), id);
            assertThat(payments).extracting(Payment::id, Payment::status).containsExactly(tuple("P-1", PaymentStatus.RETURNED));
            assertThat(((PaymentMethod.Account) payments.get(0).method()).iban()).isEqualTo("IT60 **** **** **** **** ***3 456");
            assertThat(((PaymentMethod.Account) payments.get(0).method()).iban()).startsWith("IT60 ").endsWith("3 456")
                    .doesNotContain("0542811101");
            assertThat(read(owner).measures()).extracting(m -> m.id()).containsExactly("M-1");
        }
    }

    @Nested
    @DisplayName("R-DOS-1 what the user should learn about produces notices under the consent rules")
    class Notices {
        @Test
        @DisplayName("R-DOS-1 status, outcome, measure and payment each produce an inbox notice; SMS needs the opt-in")
        void notableChangesNotify() {
            UserProfile owner = h.citizenWithContacts();
            feed(report(id, owner.id(), TestOffices.CAGLIARI, 1, DossierStatus.DECIDED, List.of(measure("M-1", null)),
                    List.of(payment("P-1", "924.00", PaymentStatus.SCHEDULED))));
            h.deliver();
            assertThat(dossierMessages(owner)).filteredOn(m -> m.channel() == Channel.INBOX)
                    .extracting(m -> m.kind(), MessageView::status).containsExactlyInAnyOrder(
                            tuple(DossierMessageKinds.STATUS_CHANGED, MessageStatus.DELIVERED),
                            tuple(DossierMessageKinds.OUTCOME, MessageStatus.DELIVERED),
                            tuple(DossierMessageKinds.MEASURE, MessageStatus.DELIVERED),
                            tuple(DossierMessageKinds.PAYMENT, MessageStatus.DELIVERED));
            assertThat(dossierMessages(owner)).filteredOn(m -> m.channel() == Channel.SMS)
                    .extracting(MessageView::skipReason).containsOnly(SkipReason.NO_PROACTIVE_OPT_IN);
            h.sdk.users().recordConsent(as(owner), new RecordConsent(owner.id(), Channel.SMS, ConsentChoice.PROACTIVE_OPT_IN));
            feed(report(id, owner.id(), TestOffices.CAGLIARI, 2, DossierStatus.CLOSED, List.of(), List.of()));
            h.deliver();
            assertThat(h.smsTo(owner)).anySatisfy(sms -> assertThat(sms.text()).contains("INAIL-2026-000123"));
        }

        @Test
        @DisplayName("R-DOS-1 a bulk sync of 10,000 unchanged dossiers sends nothing and writes nothing")
        void tenThousandUnchangedSendNothing() {
            UserProfile owner = h.citizen();
            List<DossierReport> reports = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                reports.add(report(DossierId.of("D-" + i), owner.id(), 1, DossierStatus.IN_PROGRESS));
            }
            assertThat(h.sdk.dossiers().reportAll(PORTAL, reports)).allMatch(r -> r instanceof ReportResult.Applied);
            h.deliver();
            int messages = h.read((Stores s) -> s.get(dev.sportello.notifications.spi.MessageStore.class)
                    .forRecipient(owner.id(), dev.sportello.PageRequest.first(200)).items().size());
            long pending = h.read((Stores s) -> s.get(OutboxStore.class).findBacklog(h.clock.instant()).pending());
            int transactions = faulty.transactions();
            List<ReportResult> again = h.sdk.dossiers().reportAll(PORTAL, reports);
            assertThat(again).allSatisfy(r -> assertThat(r).isInstanceOfSatisfying(ReportResult.Unchanged.class, u ->
                    assertThat(u.reason()).isEqualTo(ReportResult.Reason.DUPLICATE)));
            assertThat(h.read((Stores s) -> s.get(OutboxStore.class).findBacklog(h.clock.instant()).pending())).isEqualTo(pending);
            assertThat(h.read((Stores s) -> s.get(dev.sportello.notifications.spi.MessageStore.class)
                    .forRecipient(owner.id(), dev.sportello.PageRequest.first(200)).items().size())).isEqualTo(messages);
            assertThat(faulty.transactions() - transactions).as("one access check and one per 500 reports").isEqualTo(1 + 20);
        }
    }

    @Nested
    @DisplayName("R-DOS-1 a bulk call answers per report; bad input is refused with a code and nothing stored")
    class BadInput {
        @Test
        @DisplayName("R-DOS-1 one report's bad input does not lose the others")
        void bulkAnswersPerReport() {
            UserProfile owner = h.citizen();
            DossierId a = DossierId.of("A-1");
            DossierId b = DossierId.of("B-1");
            DossierId c = DossierId.of("C-1");
            DossierId d = DossierId.of("D-1");
            DossierId e = DossierId.of("E-1");
            List<ReportResult> results = h.sdk.dossiers().reportAll(PORTAL, java.util.Arrays.asList(
                    report(a, owner.id(), 1, DossierStatus.RECEIVED),
                    new DossierReport(b, 1, DossierSamples.at(1), DossierKindCode.of("HOROSCOPE"), owner.id(),
                            TestOffices.CAGLIARI, DossierStatus.RECEIVED, null, null, List.of(), List.of(), null),
                    report(c, owner.id(), TestOffices.CAGLIARI, 1, DossierStatus.DECIDED, List.of(),
                            List.of(payment("P-1", "1", PaymentStatus.PAID).withMethod(new PaymentMethod.Account(
                                    PaymentMethod.AccountType.POSTAL, "IT61X0542811101000000123456")))),
                    report(d, owner.id(), 1, DossierStatus.RECEIVED),
                    report(e, new UserId(UUID.randomUUID()), 1, DossierStatus.RECEIVED),
                    null));
            assertThat(results).hasSize(6);
            assertThat(results.get(0)).isInstanceOf(ReportResult.Applied.class);
            assertThat(results.get(1)).isEqualTo(new ReportResult.Rejected(b, 1, ErrorCode.DOS_KIND_UNKNOWN, "kind"));
            assertThat(results.get(2)).isEqualTo(new ReportResult.Rejected(c, 1, ErrorCode.DOS_IBAN_INVALID,
                    "payments[0].method.iban"));
            assertThat(results.get(3)).isInstanceOf(ReportResult.Applied.class);
            assertThat(results.get(4)).isEqualTo(new ReportResult.Rejected(e, 1, ErrorCode.DOS_OWNER_UNKNOWN, "owner"));
            assertThat(results.get(5)).isInstanceOfSatisfying(ReportResult.Rejected.class, r ->
                    assertThat(r.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
            assertThat(List.of(a, b, c, d, e)).extracting(DossierFeedRulesTest.this::stored)
                    .containsExactly(true, false, false, true, false);
        }

        @Test
        @DisplayName("R-DOS-1 unknown kind, user or office; bad amounts and IBANs; unknown payments: a code, the field, nothing stored")
        void eachBadInputHasItsCode() {
            UserProfile owner = h.citizen();
            assertRefused(new DossierReport(id, 1, DossierSamples.at(1), DossierKindCode.of("HOROSCOPE"), owner.id(),
                    TestOffices.CAGLIARI, DossierStatus.RECEIVED, null, null, List.of(), List.of(), null),
                    ErrorCode.DOS_KIND_UNKNOWN, "kind");
            assertRefused(report(id, new UserId(UUID.randomUUID()), 1, DossierStatus.RECEIVED), ErrorCode.DOS_OWNER_UNKNOWN, "owner");
            assertRefused(report(id, owner.id(), new OfficeCode("ATLANTIDE"), 1, DossierStatus.RECEIVED, List.of(), List.of()),
                    ErrorCode.DOS_OFFICE_UNKNOWN, "office");
            assertRefused(report(id, owner.id(), TestOffices.CAGLIARI, 1, DossierStatus.DECIDED, List.of(), List.of(
                    payment("P-1", "1", PaymentStatus.PAID).withMethod(new PaymentMethod.Account(PaymentMethod.AccountType.BANK,
                            "IT61X0542811101000000123456")))), ErrorCode.DOS_IBAN_INVALID, "payments[0].method.iban");
            assertRefused(report(id, owner.id(), TestOffices.CAGLIARI, 1, DossierStatus.DECIDED,
                    List.of(measure("M-1", "P-404")), List.of()), ErrorCode.DOS_MEASURE_PAYMENT_UNKNOWN, "measures");
            assertRefused(new DossierReport(id, 1, DossierSamples.at(1), DossierKindCode.WORKPLACE_INJURY, owner.id(),
                    TestOffices.CAGLIARI, DossierStatus.IN_PROGRESS, null, new dev.sportello.dossiers.DossierOutcome("ACCEPTED",
                    "x", java.time.LocalDate.of(2026, 1, 1)), List.of(), List.of(), null), ErrorCode.DOS_OUTCOME_TOO_EARLY, "outcome");
            SportelloException decimals = fails(() -> Money.euro("10.555"), ErrorCode.DOS_AMOUNT_INVALID);
            assertThat(decimals.details()).containsEntry("field", "amount");
            SportelloException negative = fails(() -> payment("P-1", "-1.00", PaymentStatus.PAID), ErrorCode.DOS_AMOUNT_INVALID);
            assertThat(negative.details()).containsEntry("field", "net");
            assertThat(Money.euro("10.5").amount()).isEqualByComparingTo("10.50").hasToString("10.50");
            assertThat(stored(id)).isFalse();
        }

        @Test
        @DisplayName("R-DOS-1 only a service principal may feed; the denial is audited")
        void onlyServicesFeed() {
            UserProfile owner = h.citizen();
            fails(() -> h.sdk.dossiers().report(as(owner), report(id, owner.id(), 1, DossierStatus.RECEIVED)),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.dossiers().reportAll(CoreFixture.BACK_OFFICE, List.of(report(id, owner.id(), 1,
                    DossierStatus.RECEIVED))), ErrorCode.ACCESS_ROLE_REQUIRED);
            assertThat(h.denials(Operation.DOSSIER_FEED)).hasSize(2);
            assertThat(stored(id)).isFalse();
        }

        private void assertRefused(DossierReport report, ErrorCode code, String field) {
            SportelloException e = fails(() -> feed(report), code);
            assertThat(e.details()).containsEntry("field", field);
            assertThat(stored(report.dossier())).isFalse();
            assertThat(h.sdk.dossiers().reportAll(PORTAL, List.of(report))).containsExactly(
                    new ReportResult.Rejected(report.dossier(), report.sequence(), code, field));
        }
    }

    @Nested
    @DisplayName("R-DOS-1 a failure leaves nothing of a report; a failed batch is applied report by report")
    class Atomicity {
        @Test
        @DisplayName("R-DOS-1 a storage failure at the end of a report leaves no dossier, timeline or payment")
        void aFailedReportLeavesNothing() {
            UserProfile owner = h.citizen();
            faulty.failNextFlush();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> feed(report(id, owner.id(),
                    TestOffices.CAGLIARI, 1, DossierStatus.DECIDED, List.of(), List.of(payment("P-1", "924.00",
                            PaymentStatus.PAID)))))).isNotNull();
            assertThat(stored(id)).isFalse();
            assertThat(h.read((Stores s) -> s.get(DossierStore.class).payments(id))).isEmpty();
            assertThat(h.read((Stores s) -> s.get(DossierStore.class).timeline(id))).isEmpty();
        }

        @Test
        @DisplayName("R-DOS-1 a batch whose transaction fails is applied again one report per transaction")
        void aFailedBatchIsRetriedReportByReport() {
            UserProfile owner = h.citizen();
            faulty.failNextFlush();
            List<ReportResult> results = h.sdk.dossiers().reportAll(PORTAL, List.of(
                    report(DossierId.of("X-1"), owner.id(), 1, DossierStatus.RECEIVED),
                    report(DossierId.of("X-2"), owner.id(), 1, DossierStatus.RECEIVED)));
            assertThat(results).hasSize(2).allMatch(r -> r instanceof ReportResult.Applied);
            assertThat(stored(DossierId.of("X-1"))).isTrue();
            assertThat(read(owner, DossierId.of("X-2")).timeline()).hasSize(1);
        }

        private Dossier read(UserProfile owner, DossierId dossier) {
            return h.sdk.dossiers().get(as(owner), dossier);
        }
    }
}
