package dev.sportello.tck;

import dev.sportello.Channel;
import dev.sportello.DeadLetter;
import dev.sportello.DispatchReport;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.OutboxEntryId;
import dev.sportello.PageRequest;
import dev.sportello.TopicCode;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestEvents;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox dispatcher over the storage under test, one message at a time: events after commit,
 * retries with backoff, dead letters and re-drive, refusals, timeouts and rate limits.
 *
 * <p>Not thread-safe: JUnit creates one instance per test; the tests start their own threads where they race.
 */
public abstract class DispatcherContract extends DispatcherScenarios {

    @Test
    void eventsReachTheSinkAfterCommitWithWhoActedAndForWhom() {
        try (SdkHarness h = new SdkHarness(storage)) {
            UserProfile company = h.company("H501");
            UserProfile consultant = h.intermediary();
            h.mandate(company, consultant, SdkHarness.START.plus(Duration.ofDays(1)));
            h.deliver();
            Request request = h.sdk.requests().submit(SdkHarness.as(consultant).actingFor(company.id()),
                    new SubmitRequest("events-1", TopicCode.GENERIC, company.registrationNumber(), null,
                            Map.of("subject", "Eventi"), "Testo", List.of()));
            assertThat(h.channels.events()).as("nothing before the dispatcher runs")
                    .noneMatch(e -> e.type().equals(RequestEvents.SUBMITTED));
            h.deliver();
            DomainEvent submitted = h.channels.events().stream()
                    .filter(e -> e.type().equals(RequestEvents.SUBMITTED)).findFirst().orElseThrow();
            assertThat(submitted.actor()).isEqualTo(consultant.id());
            assertThat(submitted.onBehalfOf()).isEqualTo(company.id());
            assertThat(submitted.subjectId()).isEqualTo(request.id().toString());
            assertThat(submitted.attributes()).containsOnlyKeys(RequestEvents.SUBMITTED.attributes());
            assertThat(h.channels.events()).extracting(DomainEvent::id).doesNotHaveDuplicates();
        }
    }

    @Test
    void failuresAreRetriedWithGrowingBackoffThenDeadLetteredAndRedriven() {
        AtomicInteger mode = new AtomicInteger();
        RecordingChannels delivered = new RecordingChannels();
        try (SdkHarness h = harness(DispatcherScenarios::quick)) {
            UserProfile user = h.citizenWithContacts();
            sms.behaviour = m -> mode.get() == 0 ? DeliveryResult.failed("gateway down") : delivered.send(m);
            MessageView message = sms(h, user);
            Instant t0 = h.clock.instant();
            DispatchReport first = h.sdk.dispatcher().runOnce();
            assertThat(first.retried()).isEqualTo(1);
            OutboxEntry afterOne = entry(message.id());
            assertThat(Duration.between(t0, afterOne.dueAt())).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
            assertThat(h.sdk.dispatcher().runOnce().claimed()).as("not due yet").isZero();
            h.clock.set(afterOne.dueAt());
            h.sdk.dispatcher().runOnce();
            OutboxEntry afterTwo = entry(message.id());
            assertThat(Duration.between(afterOne.dueAt(), afterTwo.dueAt()))
                    .isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
            h.clock.set(afterTwo.dueAt());
            assertThat(h.sdk.dispatcher().runOnce().deadLettered()).isEqualTo(1);
            MessageView failed = view(h, message.id());
            assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(failed.attempts()).isEqualTo(3);
            assertThat(failed.history()).extracting(c -> c.detail() == null ? "" : c.detail())
                    .anyMatch(d -> d.startsWith("attempt 1 failed: gateway down"))
                    .anyMatch(d -> d.startsWith("dead-lettered after 3 attempts"));
            OutboxEntryId entryId = OutboxEntryId.of(message.id().toString());
            List<DeadLetter> dead = h.sdk.outbox().deadLetters(SdkHarness.PORTAL, PageRequest.first(10)).items();
            assertThat(dead).extracting(DeadLetter::id).contains(entryId);
            ScenarioContract.fails(() -> h.sdk.outbox().deadLetters(SdkHarness.as(user), PageRequest.first(10)),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            ScenarioContract.fails(() -> h.sdk.outbox().redrive(SdkHarness.as(user), entryId),
                    ErrorCode.ACCESS_ROLE_REQUIRED);
            mode.set(1);
            h.sdk.outbox().redrive(SdkHarness.PORTAL, entryId);
            ScenarioContract.fails(() -> h.sdk.outbox().redrive(SdkHarness.PORTAL, entryId),
                    ErrorCode.OUT_ENTRY_NOT_DEAD);
            ScenarioContract.fails(() -> h.sdk.outbox().redrive(SdkHarness.PORTAL, new OutboxEntryId(UUID.randomUUID())),
                    ErrorCode.OUT_ENTRY_NOT_FOUND);
            h.deliver();
            assertThat(view(h, message.id()).status()).isEqualTo(MessageStatus.SENT);
            assertThat(delivered.sms()).extracting(SmsMessage::idempotencyKey).containsExactly(message.id().toString());
        }
    }

    @Test
    void refusalsAreNotRetried() {
        try (SdkHarness h = harness(DispatcherScenarios::quick)) {
            UserProfile user = h.citizenWithContacts();
            sms.behaviour = m -> DeliveryResult.refused("number blocked");
            MessageView message = sms(h, user);
            DispatchReport report = h.sdk.dispatcher().runOnce();
            assertThat(report.refused()).isEqualTo(1);
            MessageView refused = view(h, message.id());
            assertThat(refused.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(refused.history().get(refused.history().size() - 1).detail()).isEqualTo("refused: number blocked");
            h.clock.advance(Duration.ofDays(1));
            assertThat(h.sdk.dispatcher().drain(10).claimed()).isZero();
            assertThat(entry(message.id()).status()).isEqualTo(OutboxStatus.DONE);
        }
    }

    @Test
    void slowSendsTimeOutAndAreRetried() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        RecordingChannels provider = new RecordingChannels();
        SmsChannel hangsOnce = m -> {
            if (calls.incrementAndGet() == 1) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return DeliveryResult.failed("answered too late");
            }
            return provider.send(m);
        };
        try (SdkHarness h = harness(DispatcherScenarios::quick)) {
            UserProfile user = h.citizenWithContacts();
            sms.behaviour = hangsOnce;
            MessageView message = sms(h, user);
            assertThat(h.sdk.dispatcher().runOnce().retried()).isEqualTo(1);
            assertThat(view(h, message.id()).history()).anyMatch(c -> c.detail() != null && c.detail().contains("timed out"));
            h.clock.advance(Duration.ofMinutes(1));
            h.deliver();
            assertThat(view(h, message.id()).status()).isEqualTo(MessageStatus.SENT);
            assertThat(provider.sms()).extracting(SmsMessage::idempotencyKey).containsExactly(message.id().toString());
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRateLimitDefersWhatExceedsIt() {
        UserProfile user;
        try (SdkHarness setUp = harness(d -> { })) {
            user = setUp.citizenWithContacts();
            setUp.deliver();
        }
        try (SdkHarness h = harness(d -> d.rateLimit(Channel.SMS, 5))) {
            int before = sms.recorder.sms().size();
            for (int i = 0; i < 12; i++) {
                sms(h, user);
            }
            DispatchReport report = h.sdk.dispatcher().runOnce();
            assertThat(report.delivered()).isEqualTo(5);
            assertThat(report.deferred()).isEqualTo(7);
            assertThat(sms.recorder.sms()).hasSize(before + 5);
            assertThat(statusCounts().get(OutboxStatus.PENDING)).as("deferred, not lost").isEqualTo(7);
        }
    }
}
