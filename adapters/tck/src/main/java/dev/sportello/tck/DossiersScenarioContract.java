package dev.sportello.tck;

import dev.sportello.AuditEntry;
import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.UserId;
import dev.sportello.delegation.Delegation;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.RequestDelegation;
import dev.sportello.dossiers.DocumentId;
import dev.sportello.dossiers.Dossier;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierSearch;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.DossierSummary;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.PaymentMethod;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.dossiers.SequenceGap;
import dev.sportello.dossiers.StatusChange;
import dev.sportello.requests.Request;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static dev.sportello.tck.SdkHarness.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dossiers end to end over the storage under test (R-DOS-1…3): the feed is idempotent and safe against
 * reports out of order, a bulk call answers per report, each kind of principal reads or is denied, a user's
 * dossiers come in keyset pages. Documents are {@link DossierDocumentsContract}'s, atomicity
 * {@link DossierAtomicityContract}'s.
 *
 * <p>Not thread-safe: JUnit creates one instance per test.
 */
public abstract class DossiersScenarioContract extends DossierScenarios {

    private ReportResult feed(DossierReport report) {
        return h.sdk.dossiers().report(RECORDS, report);
    }

    /** R-DOS-1: reports arrive late, twice or out of order. */
    @Nested
    @DisplayName("R-DOS-1 a stale or repeated report changes nothing and says so; a dossier never moves back")
    class Feed {
        @Test
        @DisplayName("a repeated report, alone or in bulk, changes nothing, writes nothing and sends nothing")
        void aRepeatedReportChangesNothingAndSaysSo() {
            UserProfile owner = h.citizen();
            DossierId id = DossierId.of("INAIL-2026-000123");
            DossierReport first = report(id, owner.id(), 1, DossierStatus.DECIDED, List.of(measure("PRV-1", "PAY-1")),
                    List.of(payment("PAY-1", PaymentStatus.PAID)));
            assertThat(feed(first)).isInstanceOfSatisfying(ReportResult.Applied.class, a -> {
                assertThat(a.created()).isTrue();
                assertThat(a.version()).isZero();
                assertThat(a.gap()).isNull();
                assertThat(a.changes()).containsExactlyInAnyOrder(DossierChange.STATUS, DossierChange.OUTCOME,
                        DossierChange.MEASURE, DossierChange.PAYMENT);
            });
            h.deliver();
            assertThat(messages(owner)).filteredOn(m -> m.channel() == Channel.INBOX && m.kind().code().startsWith("DOSSIER"))
                    .hasSize(4);
            Dossier before = h.sdk.dossiers().get(as(owner), id);
            List<Payment> payments = h.sdk.dossiers().payments(as(owner), id);
            int messages = messages(owner).size();
            int events = h.channels.events().size();
            long tasks = pendingTasks();
            h.clock.advance(Duration.ofMinutes(5));
            ReportResult duplicate = new ReportResult.Unchanged(id, 1, ReportResult.Reason.DUPLICATE);
            assertThat(feed(first)).isEqualTo(duplicate);
            assertThat(h.sdk.dossiers().reportAll(RECORDS, List.of(first, first))).containsExactly(duplicate, duplicate);
            fails(() -> feed(report(id, owner.id(), 1, DossierStatus.CLOSED)), ErrorCode.DOS_SEQUENCE_REUSED);
            assertThat(pendingTasks()).isEqualTo(tasks);
            h.deliver();
            assertThat(h.sdk.dossiers().get(as(owner), id)).as("version and update time too").isEqualTo(before);
            assertThat(h.sdk.dossiers().payments(as(owner), id)).isEqualTo(payments);
            assertThat(messages(owner)).hasSize(messages);
            assertThat(h.channels.events()).hasSize(events);
        }

        @Test
        @DisplayName("an older report never moves a dossier back; a gap in the sequence is recorded, not guessed")
        void olderReportsNeverMoveADossierBackAndGapsAreRecorded() {
            UserProfile owner = h.citizen();
            DossierId id = DossierId.of("INAIL/2026/000124");
            Instant first = h.clock.instant();
            assertThat(feed(report(id, owner.id(), 2, DossierStatus.RECEIVED))).as("a first report may start anywhere")
                    .isInstanceOfSatisfying(ReportResult.Applied.class, a -> assertThat(a.gap()).isNull());
            assertThat(feed(report(id, owner.id(), 5, DossierStatus.IN_PROGRESS)))
                    .isInstanceOfSatisfying(ReportResult.Applied.class, a -> assertThat(a.gap()).isEqualTo(new SequenceGap(3, 4, first)));
            h.clock.advance(Duration.ofMinutes(1));
            Instant later = h.clock.instant();
            assertThat(feed(report(id, owner.id(), 3, DossierStatus.DECIDED, List.of(), List.of(payment("PAY-LATE",
                    PaymentStatus.PAID))))).isEqualTo(new ReportResult.Unchanged(id, 3, ReportResult.Reason.STALE));
            SportelloException back = fails(() -> feed(report(id, owner.id(), 6, DossierStatus.RECEIVED)),
                    ErrorCode.DOS_STATUS_BACKWARDS);
            assertThat(back.details()).containsEntry("status", "IN_PROGRESS").containsEntry("reported", "RECEIVED");
            assertThat(feed(report(id, owner.id(), 8, DossierStatus.CLOSED))).as("the refused 6 was never applied")
                    .isInstanceOfSatisfying(ReportResult.Applied.class, a -> assertThat(a.gap()).isEqualTo(new SequenceGap(6, 7, later)));
            assertThat(feed(report(id, owner.id(), 6, DossierStatus.CLOSED))).as("a missing report arriving late")
                    .isEqualTo(new ReportResult.Unchanged(id, 6, ReportResult.Reason.STALE));
            Dossier dossier = h.sdk.dossiers().get(as(owner), id);
            assertThat(dossier.status()).isEqualTo(DossierStatus.CLOSED);
            assertThat(dossier.sequence()).isEqualTo(8);
            assertThat(dossier.version()).isEqualTo(2);
            assertThat(dossier.lastChangeAt()).isEqualTo(report(id, owner.id(), 8, DossierStatus.CLOSED).occurredAt());
            assertThat(dossier.gaps()).containsExactly(new SequenceGap(3, 4, first), new SequenceGap(6, 7, later));
            assertThat(dossier.timeline()).extracting(StatusChange::sequence, StatusChange::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(2L, DossierStatus.RECEIVED),
                    org.assertj.core.groups.Tuple.tuple(5L, DossierStatus.IN_PROGRESS),
                    org.assertj.core.groups.Tuple.tuple(8L, DossierStatus.CLOSED));
            assertThat(h.sdk.dossiers().payments(as(owner), id)).as("nothing of a stale report is kept").isEmpty();
        }
    }

    /** R-DOS-1: nightly synchronisations. */
    @Nested
    @DisplayName("R-DOS-1 a bulk call answers per report, in order, across its transactions")
    class Bulk {
        @Test
        @DisplayName("each report gets its answer; a refused one loses nothing of the others")
        void aBulkCallAnswersPerReport() {
            try (SdkHarness small = harness(storage, b -> b.dossiers(d -> d.feedBatchSize(2)))) {
                UserProfile owner = small.citizen();
                DossierId a = DossierId.of("BULK-A");
                DossierId b = DossierId.of("BULK-B");
                DossierId c = DossierId.of("BULK-C");
                DossierId d = DossierId.of("BULK-D");
                List<ReportResult> results = small.sdk.dossiers().reportAll(RECORDS, Arrays.asList(
                        report(a, owner.id(), 1, DossierStatus.RECEIVED),
                        withKind(report(b, owner.id(), 1, DossierStatus.RECEIVED), DossierKindCode.of("HOROSCOPE")),
                        report(a, owner.id(), 2, DossierStatus.IN_PROGRESS),
                        report(c, new UserId(UUID.randomUUID()), 1, DossierStatus.RECEIVED),
                        report(a, owner.id(), 2, DossierStatus.IN_PROGRESS),
                        report(a, owner.id(), 1, DossierStatus.RECEIVED),
                        report(d, owner.id(), 1, DossierStatus.DECIDED),
                        report(d, owner.id(), 2, DossierStatus.RECEIVED),
                        withOffice(report(b, owner.id(), 1, DossierStatus.RECEIVED), new dev.sportello.offices.OfficeCode("ATLANTIDE")),
                        null));
                assertThat(results).hasSize(10);
                assertThat(results.get(0)).isEqualTo(new ReportResult.Applied(a, 1, 0, true, Set.of(DossierChange.STATUS), null));
                assertThat(results.get(1)).isEqualTo(new ReportResult.Rejected(b, 1, ErrorCode.DOS_KIND_UNKNOWN, "kind"));
                assertThat(results.get(2)).isEqualTo(new ReportResult.Applied(a, 2, 1, false, Set.of(DossierChange.STATUS), null));
                assertThat(results.get(3)).isEqualTo(new ReportResult.Rejected(c, 1, ErrorCode.DOS_OWNER_UNKNOWN, "owner"));
                assertThat(results.get(4)).isEqualTo(new ReportResult.Unchanged(a, 2, ReportResult.Reason.DUPLICATE));
                assertThat(results.get(5)).isEqualTo(new ReportResult.Unchanged(a, 1, ReportResult.Reason.STALE));
                assertThat(results.get(6)).isInstanceOf(ReportResult.Applied.class);
                assertThat(results.get(7)).isEqualTo(new ReportResult.Rejected(d, 2, ErrorCode.DOS_STATUS_BACKWARDS, null));
                assertThat(results.get(8)).isEqualTo(new ReportResult.Rejected(b, 1, ErrorCode.DOS_OFFICE_UNKNOWN, "office"));
                assertThat(results.get(9)).isInstanceOfSatisfying(ReportResult.Rejected.class, r -> {
                    assertThat(r.dossier()).isNull();
                    assertThat(r.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                });
                assertThat(List.of(a, b, c, d)).extracting(DossiersScenarioContract.this::stored)
                        .containsExactly(true, false, false, true);
                assertThat(small.sdk.dossiers().get(as(owner), a).timeline()).extracting(StatusChange::sequence)
                        .containsExactly(1L, 2L);
                assertThat(small.sdk.dossiers().get(as(owner), d).status()).isEqualTo(DossierStatus.DECIDED);
            }
        }

        @Test
        @DisplayName("a bulk sync of unchanged dossiers writes nothing and sends nothing")
        void aBulkSyncOfUnchangedDossiersSendsNothing() {
            UserProfile owner = h.citizen();
            List<DossierReport> reports = IntStream.range(0, 20).mapToObj(i -> report(DossierId.of("SYNC-" + i), owner.id(), 1,
                    DossierStatus.IN_PROGRESS, List.of(), List.of(payment("PAY-" + i, PaymentStatus.SCHEDULED)))).toList();
            assertThat(h.sdk.dossiers().reportAll(RECORDS, reports)).hasSize(20).allMatch(r -> r instanceof ReportResult.Applied);
            h.deliver();
            Page<DossierSummary> list = h.sdk.dossiers().search(as(owner), DossierSearch.all(PageRequest.first(50)));
            int messages = messages(owner).size();
            int events = h.channels.events().size();
            h.clock.advance(Duration.ofHours(1));
            assertThat(h.sdk.dossiers().reportAll(RECORDS, reports)).hasSize(20).allSatisfy(r -> assertThat(r)
                    .isEqualTo(new ReportResult.Unchanged(r.dossier(), 1, ReportResult.Reason.DUPLICATE)));
            assertThat(pendingTasks()).isZero();
            h.deliver();
            assertThat(h.sdk.dossiers().search(as(owner), DossierSearch.all(PageRequest.first(50)))).isEqualTo(list);
            assertThat(messages(owner)).hasSize(messages);
            assertThat(h.channels.events()).hasSize(events);
        }
    }

    /** R-DOS-2 and R-DOS-3: who reads, who feeds, who asks. */
    @Nested
    @DisplayName("R-DOS-2 the owner, a delegate whose delegation covers it, operators of the managing office; nobody else")
    class Access {
        @Test
        @DisplayName("each kind of principal reads or is denied, and the denials are audited")
        void eachKindOfPrincipal() {
            DossierId id = DossierId.of("INAIL-2026-000200");
            UserProfile owner = ownerOf(id);
            byte[] certificate = pdf(4096, 1);
            h.sdk.dossiers().storeDocument(RECORDS, upload(id, "CU-2026", "application/pdf", certificate));
            Instant month = SdkHarness.START.plus(Duration.ofDays(30));
            UserProfile trusted = h.citizen();
            h.accepted(owner, new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, owner.id(), trusted.id(), null, month, null));
            UserProfile reader = h.citizen();
            Delegation readOnly = h.accepted(owner, new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, owner.id(), reader.id(),
                    null, month, Set.of(Operation.DOSSIER_READ)));
            UserProfile stranger = h.citizen();
            for (Principal allowed : List.of(as(owner), as(trusted).actingFor(owner.id()), CAGLIARI)) {
                assertThat(h.sdk.dossiers().get(allowed, id).measures()).extracting(m -> m.id()).containsExactly("PRV-1");
                assertThat(h.sdk.dossiers().payments(allowed, id)).singleElement().satisfies(p ->
                        assertThat(((PaymentMethod.Account) p.method()).iban()).isEqualTo("IT60 **** **** **** **** ***3 456"));
                assertThat(h.sdk.dossiers().documents(allowed, id)).extracting(DossierDocument::id)
                        .containsExactly(DocumentId.of("CU-2026"));
                assertThat(download(allowed, id, "CU-2026")).isEqualTo(certificate);
            }
            Principal narrow = as(reader).actingFor(owner.id());
            assertThat(h.sdk.dossiers().get(narrow, id).id()).isEqualTo(id);
            fails(() -> h.sdk.dossiers().payments(narrow, id), ErrorCode.ACCESS_DELEGATION_SCOPE);
            fails(() -> h.sdk.dossiers().get(as(stranger), id), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> download(as(stranger), id, "CU-2026"), ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.dossiers().get(as(stranger).actingFor(owner.id()), id), ErrorCode.ACCESS_DELEGATION_MISSING);
            fails(() -> h.sdk.dossiers().payments(ROMA, id), ErrorCode.ACCESS_WRONG_OFFICE);
            fails(() -> h.sdk.dossiers().get(SdkHarness.PORTAL, id), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.dossiers().get(RECORDS, id), ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
            fails(() -> h.sdk.dossiers().search(CAGLIARI, DossierSearch.all(PageRequest.first(5))), ErrorCode.ACCESS_ROLE_REQUIRED);
            assertThat(denials(id)).containsExactlyInAnyOrder(ErrorCode.ACCESS_NOT_OWNER, ErrorCode.ACCESS_NOT_OWNER,
                    ErrorCode.ACCESS_WRONG_OFFICE, ErrorCode.ACCESS_ROLE_REQUIRED);
            assertThat(h.sdk.audit().forSubject(SdkHarness.PORTAL, owner.id(), PageRequest.first(50)).items())
                    .anySatisfy(e -> {
                        assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
                        assertThat(e.errorCode()).isEqualTo(ErrorCode.ACCESS_DELEGATION_SCOPE);
                        assertThat(e.actor()).isEqualTo(reader.id());
                        assertThat(e.delegation()).isEqualTo(readOnly.id());
                    });
        }

        @Test
        @DisplayName("only a service granted DOSSIER_FEED feeds; every other caller is refused and nothing is applied")
        void onlyAServiceGrantedTheFeedFeeds() {
            DossierId id = DossierId.of("INAIL-2026-000201");
            UserProfile owner = ownerOf(id);
            DossierReport next = report(id, owner.id(), 2, DossierStatus.CLOSED);
            Principal newsletter = Principal.service("newsletter");
            fails(() -> h.sdk.dossiers().report(newsletter, next), ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
            fails(() -> h.sdk.dossiers().reportAll(newsletter, List.of(next)), ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
            fails(() -> h.sdk.dossiers().storeDocument(newsletter, upload(id, "CU-2026", "application/pdf", pdf(512, 2))),
                    ErrorCode.ACCESS_SERVICE_NOT_GRANTED);
            fails(() -> h.sdk.dossiers().report(as(owner), next), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.dossiers().reportAll(CAGLIARI, List.of(next)), ErrorCode.ACCESS_ROLE_REQUIRED);
            assertThat(h.sdk.dossiers().get(as(owner), id).sequence()).isEqualTo(1);
            assertThat(h.sdk.dossiers().documents(as(owner), id)).isEmpty();
            assertThat(feed(next)).isInstanceOf(ReportResult.Applied.class);
        }

        @Test
        @DisplayName("R-DOS-3 a question about a dossier goes to its managing office, linked both ways; not about another's")
        void aQuestionGoesToTheManagingOffice() {
            DossierId id = DossierId.of("INAIL-2026-000202");
            UserProfile owner = ownerOf(id);
            UserProfile trusted = h.citizen();
            h.accepted(owner, new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, owner.id(), trusted.id(), null,
                    SdkHarness.START.plus(Duration.ofDays(30)), null));
            Request mine = h.sdk.requests().submit(as(owner), new SubmitRequest("dossier-question-1", TopicCode.DOSSIER_STATUS,
                    null, id.value(), Map.of(), "Quando arriva il prossimo pagamento?", List.of()));
            Request forOwner = h.sdk.requests().submit(as(trusted).actingFor(owner.id()), new SubmitRequest("dossier-question-2",
                    TopicCode.DOSSIER_STATUS, null, id.value(), Map.of(), "E la certificazione unica?", List.of()));
            assertThat(List.of(mine, forOwner)).allSatisfy(r -> {
                assertThat(r.office()).as("the managing office, not the residence's").isEqualTo(TckOffices.CAGLIARI);
                assertThat(r.dossier()).isEqualTo(id.value());
                assertThat(r.owner()).isEqualTo(owner.id());
            });
            UserProfile stranger = h.citizen();
            fails(() -> h.sdk.requests().submit(as(stranger), new SubmitRequest("dossier-question-3", TopicCode.DOSSIER_STATUS,
                    null, id.value(), Map.of(), "Curiosità", List.of())), ErrorCode.ACCESS_NOT_OWNER);
            assertThat(h.sdk.dossiers().get(as(owner), id).requests()).containsExactly(mine.id(), forOwner.id());
            assertThat(h.sdk.requests().get(CAGLIARI, mine.id()).dossier()).isEqualTo(id.value());
            fails(() -> h.sdk.requests().get(ROMA, mine.id()), ErrorCode.ACCESS_WRONG_OFFICE);
        }
    }

    /** R-DOS-2: a user's list. */
    @Test
    @DisplayName("R-DOS-2 a user's dossiers, last changed first (ties by id in ordinal order), in stable keyset pages")
    void aUsersDossiersComeInKeysetPages() {
        UserProfile owner = h.citizen();
        UserProfile other = h.citizen();
        List<String> tied = List.of("INAIL/2026/000010", "INAIL-2026-000010", "INAIL.2026.000010", "INAIL2026000010",
                "INAIL_2026_000010");
        h.sdk.dossiers().reportAll(RECORDS, tied.stream().map(t -> report(DossierId.of(t), owner.id(), 1,
                DossierStatus.IN_PROGRESS)).toList());   // one transaction: one update time
        for (int i = 0; i < 4; i++) {
            h.clock.advance(Duration.ofSeconds(1));
            DossierReport single = report(DossierId.of("SINGLE-" + i), owner.id(), 1, i % 2 == 0 ? DossierStatus.CLOSED
                    : DossierStatus.IN_PROGRESS);
            feed(i == 3 ? withKind(single, DossierKindCode.ANNUITY) : single);
        }
        feed(report(DossierId.of("OTHER-1"), other.id(), 1, DossierStatus.RECEIVED));
        List<String> seen = new ArrayList<>();
        PageRequest page = PageRequest.first(2);
        while (page != null) {
            Page<DossierSummary> result = h.sdk.dossiers().search(as(owner), DossierSearch.all(page));
            result.items().forEach(s -> seen.add(s.id().value()));
            if (seen.size() == 2) {
                h.clock.advance(Duration.ofSeconds(1));
                feed(report(DossierId.of("NEWER-1"), owner.id(), 1, DossierStatus.RECEIVED));   // not seen, nothing skipped
            }
            page = page.after(result);
        }
        assertThat(seen).containsExactly("SINGLE-3", "SINGLE-2", "SINGLE-1", "SINGLE-0", "INAIL_2026_000010",
                "INAIL2026000010", "INAIL/2026/000010", "INAIL.2026.000010", "INAIL-2026-000010");
        assertThat(h.sdk.dossiers().search(as(owner), new DossierSearch(Set.of(), Set.of(DossierStatus.CLOSED),
                PageRequest.first(10))).items()).extracting(s -> s.id().value()).containsExactly("SINGLE-2", "SINGLE-0");
        assertThat(h.sdk.dossiers().search(as(owner), new DossierSearch(Set.of(DossierKindCode.ANNUITY), Set.of(),
                PageRequest.first(10))).items()).singleElement().satisfies(s -> {
                    assertThat(s.id()).isEqualTo(DossierId.of("SINGLE-3"));
                    assertThat(s.office()).isEqualTo(TckOffices.CAGLIARI);
                    assertThat(s.lastChangeAt()).isEqualTo(SOURCE_TIME.plus(Duration.ofHours(1)));
                });
        UserProfile trusted = h.citizen();
        h.accepted(owner, new RequestDelegation(DelegationKind.DIGITAL_IDENTITY, owner.id(), trusted.id(), null,
                SdkHarness.START.plus(Duration.ofDays(30)), null));
        assertThat(h.sdk.dossiers().search(as(trusted).actingFor(owner.id()), DossierSearch.all(PageRequest.first(3))).items())
                .extracting(s -> s.id().value()).containsExactly("NEWER-1", "SINGLE-3", "SINGLE-2");
        assertThat(h.sdk.dossiers().search(as(other), DossierSearch.all(PageRequest.first(10))).items())
                .extracting(s -> s.id().value()).containsExactly("OTHER-1");
        fails(() -> h.sdk.dossiers().search(as(owner), DossierSearch.all(new PageRequest(2, "forged-cursor"))),
                ErrorCode.PAGE_CURSOR_INVALID);
    }
}
