package dev.sportello.core.internal.outbox;

import dev.sportello.Channel;
import dev.sportello.DeadLetter;
import dev.sportello.DispatchReport;
import dev.sportello.ErrorCode;
import dev.sportello.OutboxEntryId;
import dev.sportello.PageRequest;
import dev.sportello.SportelloException;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.StatusChange;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.ContactKind;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.sportello.core.internal.testing.CoreFixture.PORTAL;
import static dev.sportello.core.internal.testing.CoreFixture.SUPERVISOR;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox dispatcher: retries with growing backoff, dead letters and their re-drive, refusals, timeouts. */
class DispatcherTest {
    /** An SMS channel that records as usual until a test gives it another behaviour. */
    private static final class SwitchableSms implements SmsChannel {
        volatile SmsChannel normal;
        volatile SmsChannel behaviour;

        @Override
        public DeliveryResult send(SmsMessage message) {
            SmsChannel current = behaviour;
            return current == null ? normal.send(message) : current.send(message);
        }
    }

    private final SwitchableSms sms = new SwitchableSms();
    private final CoreFixture h = new CoreFixture(b -> b.smsChannel(sms).dispatcher(d -> d.retries(3,
            Duration.ofSeconds(10), Duration.ofHours(1)).timeouts(Duration.ofSeconds(30), Duration.ofMillis(300))));
    private UserProfile user;

    {
        sms.normal = h.channels;
    }

    @AfterEach
    void close() {
        h.close();
    }

    private UserProfile user() {
        if (user == null) {
            user = h.citizen();
            h.verifiedContact(user, ContactKind.MOBILE, h.data.mobileAsTyped());
            h.deliver();
        }
        return user;
    }

    private MessageView send() {
        return h.sdk.notifications().schedule(PORTAL, new ScheduleMessage(user().id(), RequestMessageKinds.REGISTERED,
                Set.of(Channel.SMS), Map.of("protocol", "P-2026-000001", "subject", "Test"), Purpose.TRANSACTIONAL, null,
                Urgency.URGENT)).get(0);
    }

    private OutboxEntry entry(MessageView message) {
        return h.read(s -> s.get(OutboxStore.class).find(message.id().toString())).orElseThrow();
    }

    private MessageView view(MessageView message) {
        return h.sdk.notifications().message(PORTAL, message.id());
    }

    @Nested
    @DisplayName("failed deliveries are retried with growing backoff and dead-lettered after the last attempt")
    class Retries {
        @Test
        @DisplayName("the wait doubles from the initial backoff; after the last attempt the message is dead")
        void backoffGrowsThenDeadLetter() {
            MessageView message = send();
            sms.behaviour = m -> DeliveryResult.failed("gateway down");
            Instant t0 = h.clock.instant();
            assertThat(h.sdk.dispatcher().runOnce().retried()).isEqualTo(1);
            OutboxEntry one = entry(message);
            assertThat(Duration.between(t0, one.dueAt())).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
            assertThat(h.sdk.dispatcher().runOnce().claimed()).as("not due yet").isZero();
            h.clock.set(one.dueAt());
            h.sdk.dispatcher().runOnce();
            OutboxEntry two = entry(message);
            assertThat(Duration.between(one.dueAt(), two.dueAt())).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
            h.clock.set(two.dueAt());
            assertThat(h.sdk.dispatcher().runOnce().deadLettered()).isEqualTo(1);
            assertThat(entry(message).status()).isEqualTo(OutboxStatus.DEAD);
            MessageView failed = view(message);
            assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(failed.attempts()).isEqualTo(3);
            assertThat(failed.history()).extracting(StatusChange::detail)
                    .anyMatch(d -> d != null && d.startsWith("attempt 1 failed: gateway down"))
                    .anyMatch(d -> d != null && d.startsWith("dead-lettered after 3 attempts"));
            h.clock.advance(Duration.ofDays(1));
            assertThat(h.sdk.dispatcher().drain(10).claimed()).as("a dead letter is not retried").isZero();
        }

        @Test
        @DisplayName("the backoff doubles within its jitter and stops at the maximum")
        void theBackoffDoublesAndIsCapped() {
            DispatcherSettings settings = DispatcherSettings.builder().retries(10, Duration.ofSeconds(10),
                    Duration.ofMinutes(1)).build();
            Outcomes outcomes = new Outcomes(CoreFixture.START, settings, new Random(42));
            for (int attempt = 1; attempt <= 8; attempt++) {
                long full = Math.min(10_000L << (attempt - 1), 60_000L);
                assertThat(outcomes.backoff(attempt).toMillis()).as("attempt %d", attempt).isBetween(full / 2, full);
            }
        }

        @Test
        @DisplayName("a provider's Retry-After is honoured when longer than the backoff, and capped at the maximum backoff")
        void theProvidersWaitIsHonoured() {
            MessageView message = send();
            sms.behaviour = m -> DeliveryResult.failed("429 too many requests", Duration.ofMinutes(7));
            Instant t0 = h.clock.instant();
            assertThat(h.sdk.dispatcher().runOnce().retried()).isEqualTo(1);
            OutboxEntry one = entry(message);
            assertThat(Duration.between(t0, one.dueAt())).isEqualTo(Duration.ofMinutes(7));
            h.clock.set(one.dueAt());
            sms.behaviour = m -> DeliveryResult.failed("503", Duration.ofDays(2));
            h.sdk.dispatcher().runOnce();
            assertThat(Duration.between(one.dueAt(), entry(message).dueAt())).isEqualTo(Duration.ofHours(1));
        }

        @Test
        @DisplayName("a wait shorter than the backoff changes nothing, and a wait that is not positive is refused")
        void aShortWaitKeepsTheBackoff() {
            MessageView message = send();
            sms.behaviour = m -> DeliveryResult.failed("slow down", Duration.ofMillis(1));
            Instant t0 = h.clock.instant();
            h.sdk.dispatcher().runOnce();
            assertThat(Duration.between(t0, entry(message).dueAt())).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));
            assertThatThrownBy(() -> DeliveryResult.failed("x", Duration.ZERO)).isInstanceOf(SportelloException.class)
                    .extracting(e -> ((SportelloException) e).code()).isEqualTo(ErrorCode.VALUE_INVALID);
        }

        @Test
        @DisplayName("a refusal is final and not retried")
        void aRefusalIsNotRetried() {
            MessageView message = send();
            sms.behaviour = m -> DeliveryResult.refused("number blocked");
            DispatchReport report = h.sdk.dispatcher().runOnce();
            assertThat(report.refused()).isEqualTo(1);
            assertThat(report.retried()).isZero();
            assertThat(view(message).status()).isEqualTo(MessageStatus.FAILED);
            assertThat(entry(message).status()).isEqualTo(OutboxStatus.DONE);
            h.clock.advance(Duration.ofDays(1));
            assertThat(h.sdk.dispatcher().drain(10).claimed()).isZero();
        }

        @Test
        @DisplayName("a send that outlasts the timeout counts as failed and is retried; the provider dedupes by key")
        void aSlowSendTimesOut() {
            AtomicInteger calls = new AtomicInteger();
            CountDownLatch release = new CountDownLatch(1);
            MessageView message = send();
            sms.behaviour = m -> {
                if (calls.incrementAndGet() == 1) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return DeliveryResult.failed("answered too late");
                }
                return h.channels.send(m);
            };
            try {
                assertThat(h.sdk.dispatcher().runOnce().retried()).isEqualTo(1);
                assertThat(view(message).history()).anyMatch(c -> c.detail() != null && c.detail().contains("timed out"));
                h.clock.advance(Duration.ofMinutes(1));
                h.deliver();
                assertThat(view(message).status()).isEqualTo(MessageStatus.SENT);
                assertThat(h.channels.sms()).filteredOn(s -> s.idempotencyKey().equals(message.id().toString()))
                        .hasSize(1);
            } finally {
                release.countDown();
            }
        }
    }

    @Nested
    @DisplayName("dead letters are listed and re-driven through the outbox administration")
    class Redrive {
        @Test
        @DisplayName("an administrator lists a dead letter and re-drives it, and it is delivered once")
        void aDeadLetterIsRedriven() {
            MessageView message = send();
            sms.behaviour = m -> DeliveryResult.failed("gateway down");
            for (int i = 0; i < 3; i++) {
                h.sdk.dispatcher().runOnce();
                h.clock.set(entry(message).dueAt());
            }
            OutboxEntryId id = OutboxEntryId.of(message.id().toString());
            assertThat(h.sdk.outbox().deadLetters(PORTAL, PageRequest.first(10)).items()).singleElement()
                    .satisfies(d -> {
                        assertThat(d.id()).isEqualTo(id);
                        assertThat(d.attempts()).isEqualTo(3);
                        assertThat(d.lastError()).isEqualTo("gateway down");
                    });
            assertThat(h.sdk.outbox().deadLetters(SUPERVISOR, PageRequest.first(10)).items()).extracting(DeadLetter::id)
                    .containsExactly(id);
            fails(() -> h.sdk.outbox().deadLetters(as(user()), PageRequest.first(10)), ErrorCode.ACCESS_ROLE_REQUIRED);
            fails(() -> h.sdk.outbox().redrive(as(user()), id), ErrorCode.ACCESS_ROLE_REQUIRED);
            sms.behaviour = null;
            h.sdk.outbox().redrive(PORTAL, id);
            assertThat(view(message).status()).isEqualTo(MessageStatus.QUEUED);
            fails(() -> h.sdk.outbox().redrive(PORTAL, id), ErrorCode.OUT_ENTRY_NOT_DEAD);
            fails(() -> h.sdk.outbox().redrive(PORTAL, new OutboxEntryId(UUID.randomUUID())), ErrorCode.OUT_ENTRY_NOT_FOUND);
            h.deliver();
            assertThat(view(message).status()).isEqualTo(MessageStatus.SENT);
            assertThat(h.channels.sms()).filteredOn(s -> s.idempotencyKey().equals(message.id().toString())).hasSize(1);
            assertThat(h.sdk.outbox().deadLetters(PORTAL, PageRequest.first(10)).items()).isEmpty();
            assertThat(h.audit(id)).extracting(a -> a.action()).containsExactly("OUTBOX_REDRIVEN");
        }
    }
}
