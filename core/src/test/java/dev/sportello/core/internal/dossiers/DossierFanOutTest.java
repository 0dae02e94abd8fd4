package dev.sportello.core.internal.dossiers;

import dev.sportello.Channel;
import dev.sportello.DomainEvent;
import dev.sportello.ServiceId;
import dev.sportello.UserId;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.FaultyStorage;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierEvents;
import dev.sportello.dossiers.DossierId;
import dev.sportello.dossiers.DossierKindCode;
import dev.sportello.dossiers.DossierMessageKinds;
import dev.sportello.dossiers.DossierReport;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.PaymentStatus;
import dev.sportello.dossiers.ReportResult;
import dev.sportello.notifications.MessageView;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.Stores;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static dev.sportello.core.internal.dossiers.DossierSamples.measure;
import static dev.sportello.core.internal.dossiers.DossierSamples.payment;
import static dev.sportello.core.internal.dossiers.DossierSamples.report;
import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static org.assertj.core.api.Assertions.assertThat;

/** R-DOS-1: the feed's notices and events are fanned out after commit, by one task per feed transaction. */
@DisplayName("R-DOS-1 the feed's notices and events are written after commit by one fan-out task per transaction")
class DossierFanOutTest {
    private FaultyStorage faulty;
    private final CoreFixture h = new CoreFixture(storage -> faulty = new FaultyStorage(storage), b -> { });
    private final DossierId id = DossierId.of("INAIL-2026-000777");

    @AfterEach
    void close() {
        h.close();
    }

    private List<MessageView> dossierMessages(UserProfile user) {
        return h.messages(user).stream().filter(m -> m.kind().code().startsWith("DOSSIER")).toList();
    }

    private long pending() {
        return h.read((Stores s) -> s.get(OutboxStore.class).findBacklog(h.clock.instant()).pending());
    }

    @Test
    @DisplayName("the feed's transaction writes the dossier and a task, no notice; the dispatcher writes the notices once")
    void noticesAfterCommitExactlyOnce() {
        UserProfile owner = h.citizenWithContacts();
        h.deliver();
        long before = pending();
        assertThat(h.sdk.dossiers().report(PORTAL, report(id, owner.id(), dev.sportello.core.internal.testing.TestOffices.CAGLIARI,
                1, DossierStatus.DECIDED, List.of(measure("M-1", null)), List.of(payment("P-1", "924.00", PaymentStatus.SCHEDULED)))))
                .isInstanceOf(ReportResult.Applied.class);
        assertThat(dossierMessages(owner)).as("no notice inside the feed's transaction").isEmpty();
        assertThat(h.channels.events()).filteredOn(e -> e.type().equals(DossierEvents.CHANGED)).isEmpty();
        assertThat(pending() - before).as("one fan-out task").isEqualTo(1);
        h.deliver();
        List<MessageView> told = dossierMessages(owner);
        assertThat(told).filteredOn(m -> m.channel() == Channel.INBOX).extracting(MessageView::kind)
                .containsExactlyInAnyOrder(DossierMessageKinds.STATUS_CHANGED, DossierMessageKinds.OUTCOME,
                        DossierMessageKinds.MEASURE, DossierMessageKinds.PAYMENT);
        h.deliver();
        assertThat(dossierMessages(owner)).hasSameSizeAs(told);
        assertThat(h.channels.events()).filteredOn(e -> e.type().equals(DossierEvents.CHANGED)).hasSize(1);
    }

    @Test
    @DisplayName("the event keeps the feed's actor and the report's transaction time, not the dispatcher's")
    void eventKeepsFeedActorAndTime() {
        UserProfile owner = h.citizen();
        Instant reportedAt = h.clock.instant();
        h.sdk.dossiers().report(PORTAL, report(id, owner.id(), 1, DossierStatus.RECEIVED));
        h.clock.advance(java.time.Duration.ofMinutes(5));
        h.deliver();
        DomainEvent event = h.channels.events().stream().filter(e -> e.type().equals(DossierEvents.CHANGED)).findFirst().orElseThrow();
        assertThat(event.actor()).isEqualTo(PORTAL.actor());
        assertThat(event.occurredAt()).isEqualTo(reportedAt);
        assertThat(event.attributes()).containsEntry("status", "RECEIVED").containsEntry("changes", "STATUS");
    }

    @Test
    @DisplayName("a bulk call writes one task per transaction of 500 reports, and its notices in report order")
    void oneTaskPerTransaction() {
        UserProfile owner = h.citizen();
        h.deliver();
        long before = pending();
        List<DossierReport> reports = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            reports.add(report(DossierId.of("D-" + i), owner.id(), 1, DossierStatus.RECEIVED));
        }
        reports.add(report(DossierId.of("D-0"), owner.id(), 2, DossierStatus.IN_PROGRESS));
        assertThat(h.sdk.dossiers().reportAll(PORTAL, reports)).allMatch(r -> r instanceof ReportResult.Applied);
        assertThat(pending() - before).isEqualTo(3);
        h.deliver();
        assertThat(h.channels.events()).filteredOn(e -> e.type().equals(DossierEvents.CHANGED)).hasSize(1_201);
        List<String> d0 = h.channels.events().stream().filter(e -> e.type().equals(DossierEvents.CHANGED))
                .filter(e -> e.subjectId().equals("D-0")).map(e -> e.attributes().get("status")).toList();
        assertThat(d0).containsExactly("RECEIVED", "IN_PROGRESS");
    }

    @Test
    @DisplayName("a fan-out whose transaction fails is run again: the notices are written once")
    void failedFanOutIsRetried() {
        UserProfile owner = h.citizen();
        h.deliver();
        h.sdk.dossiers().report(PORTAL, report(id, owner.id(), 1, DossierStatus.RECEIVED));
        faulty.failNextFlush();
        h.deliver();
        h.clock.advance(java.time.Duration.ofHours(1));
        h.deliver();
        assertThat(dossierMessages(owner)).filteredOn(m -> m.channel() == Channel.INBOX).extracting(MessageView::kind)
                .containsExactly(DossierMessageKinds.STATUS_CHANGED);
        assertThat(h.channels.events()).filteredOn(e -> e.type().equals(DossierEvents.CHANGED)).hasSize(1);
    }

    @Test
    @DisplayName("a task's payload reads back as written: nulls, several payments, texts with the codec's own separators")
    void newsRoundTrip() {
        DossierNews first = new DossierNews(DossierId.of("D.1/x"), DossierKindCode.WORKPLACE_INJURY,
                UserId.of("0192f3c4-0000-7000-8000-000000000001"), "CA.1", DossierStatus.DECIDED, null, "Accolta: 12:3 -, punti",
                EnumSet.of(DossierChange.STATUS, DossierChange.OUTCOME, DossierChange.PAYMENT), List.of("a.b", "-", "4:x"),
                List.of(new DossierNews.Amount("1.00 EUR", "2026-01-01"), new DossierNews.Amount("2.50 EUR", "2026-02-01")),
                List.of(), "e1");
        DossierNews second = new DossierNews(DossierId.of("D-2"), DossierKindCode.WORKPLACE_INJURY,
                UserId.of("0192f3c4-0000-7000-8000-000000000002"), "RM", DossierStatus.RECEIVED, "", null,
                EnumSet.of(DossierChange.STATUS), List.of(), List.of(), List.of(new DossierNews.Amount("3.00 EUR", "2026-03-01")),
                "e2");
        FeedNews feed = new FeedNews(Instant.parse("2026-05-04T10:15:30.123456Z"), new ServiceId("inail-backend"), null,
                List.of(first, second));
        FeedNews decoded = FeedNews.decode(FeedNews.encode(feed));
        assertThat(decoded).isEqualTo(feed);
        OutboxEntry event = decoded.event(second, Instant.EPOCH);
        assertThat(event.id()).isEqualTo("e2");
        assertThat(event.createdAt()).isEqualTo(feed.at());
        assertThat(event.payload()).containsEntry("actor", "service:inail-backend").containsEntry("attr.office", "RM")
                .containsEntry("attr.changes", "STATUS").containsEntry("subjectId", "D-2");
    }
}
