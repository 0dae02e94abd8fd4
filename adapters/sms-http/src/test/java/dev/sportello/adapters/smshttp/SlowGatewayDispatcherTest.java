package dev.sportello.adapters.smshttp;

import dev.sportello.Channel;
import dev.sportello.DispatchReport;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.adapters.memory.MutableClock;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.StatusChange;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.tck.SdkHarness;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The dispatcher stays responsive under a gateway that answers only after 30 s (the stub holds the
 * request until it closes): the e-mail of the same batch is delivered, the SMS send is cut off — by the
 * transport's own timeout, or by the dispatcher's per-send timeout when the transport allows longer — and
 * retried, and the batch returns in about the timeout, not in 30 s.
 */
class SlowGatewayDispatcherTest {

    private static MessageView on(List<MessageView> views, Channel channel) {
        return views.stream().filter(v -> v.channel() == channel).findFirst().orElseThrow();
    }

    private void aSlowGatewayDoesNotHoldUpTheBatch(Duration transportTimeout, Duration dispatcherTimeout) throws Exception {
        try (GatewayStub gateway = new GatewayStub()) {
            gateway.answer(GatewayStub.json(201, "{\"id\":\"gw-setup\"}"));
            HttpSmsChannel http = HttpSmsChannel.builder().endpoint(gateway.uri()).allowPlainHttpOnLoopback()
                    .bearerToken("token").senderId("INPS").connectTimeout(Duration.ofMillis(500))
                    .requestTimeout(transportTimeout).build();
            RecordingChannels recorder = new RecordingChannels();
            try (SdkHarness h = new SdkHarness(new MemoryStorage(), recorder, new MutableClock(SdkHarness.START),
                    b -> b.smsChannel(message -> {
                        recorder.send(message);
                        return http.send(message);
                    }).dispatcher(d -> d.timeouts(Duration.ofSeconds(30), dispatcherTimeout)))) {
                UserProfile user = h.citizenWithContacts();
                gateway.answer(GatewayStub.hanging());
                List<MessageView> views = h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(),
                        RequestMessageKinds.REGISTERED, Set.of(Channel.SMS, Channel.EMAIL), Map.of("protocol",
                        "ROMA-2026-000042", "subject", "Regolarità contributiva", "office", "Roma Tiburtino"),
                        Purpose.TRANSACTIONAL, null, Urgency.URGENT));
                DispatchReport report = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> h.sdk.dispatcher().runOnce());
                assertThat(report.delivered()).as("the e-mail and the events of the batch").isGreaterThanOrEqualTo(1);
                assertThat(report.retried()).isEqualTo(1);
                MessageView email = h.sdk.notifications().message(SdkHarness.PORTAL, on(views, Channel.EMAIL).id());
                MessageView sms = h.sdk.notifications().message(SdkHarness.PORTAL, on(views, Channel.SMS).id());
                assertThat(email.status()).isEqualTo(MessageStatus.SENT);
                assertThat(sms.status()).isEqualTo(MessageStatus.QUEUED);
                assertThat(sms.history()).extracting(StatusChange::detail).anyMatch(d -> d != null && d.startsWith("attempt 1 failed"));
                assertThat(gateway.requests()).anyMatch(r -> sms.id().toString().equals(r.header("Idempotency-Key")));

                gateway.answer(GatewayStub.json(201, "{\"id\":\"gw-later\"}"));
                h.clock.advance(Duration.ofHours(2));
                h.deliver();
                assertThat(h.sdk.notifications().message(SdkHarness.PORTAL, sms.id()).status()).isEqualTo(MessageStatus.SENT);
            }
        }
    }

    @Test
    void theTransportsOwnTimeoutCutsTheSlowSendOff() throws Exception {
        aSlowGatewayDoesNotHoldUpTheBatch(Duration.ofMillis(500), Duration.ofSeconds(5));
    }

    @Test
    void theDispatchersPerSendTimeoutCutsItOffWhenTheTransportWaitsLonger() throws Exception {
        aSlowGatewayDoesNotHoldUpTheBatch(Duration.ofSeconds(20), Duration.ofMillis(700));
    }
}
