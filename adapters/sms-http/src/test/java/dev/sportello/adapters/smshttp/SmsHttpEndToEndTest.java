package dev.sportello.adapters.smshttp;

import dev.sportello.Channel;
import dev.sportello.adapters.memory.MemoryStorage;
import dev.sportello.adapters.memory.MutableClock;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ReportReceipt;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.tck.SdkHarness;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole SDK sends over the HTTP channel to the in-process gateway, and the gateway's signed receipt, read by
 * {@link SmsReceipts} and reported as a host would, marks the message delivered.
 */
class SmsHttpEndToEndTest {
    private static final String SECRET = "e2e-receipt-secret-0123456789";

    @Test
    void a_message_sent_over_http_is_delivered_by_its_signed_receipt() throws Exception {
        AtomicInteger ids = new AtomicInteger();
        try (GatewayStub gateway = new GatewayStub()) {
            gateway.answer((exchange, stub) ->
                    GatewayStub.json(201, "{\"id\":\"gw-" + ids.incrementAndGet() + "\"}").answer(exchange, stub));
            HttpSmsChannel http = HttpSmsChannel.builder().endpoint(gateway.uri()).allowPlainHttpOnLoopback()
                    .bearerToken("e2e-token").senderId("INPS").build();
            RecordingChannels recorder = new RecordingChannels();
            // the recorder only lets the harness read the verification codes; the HTTP channel's answer counts
            try (SdkHarness h = new SdkHarness(new MemoryStorage(), recorder, new MutableClock(SdkHarness.START),
                    b -> b.smsChannel(message -> {
                        recorder.send(message);
                        return http.send(message);
                    }))) {
                UserProfile user = h.citizenWithContacts();
                MessageView queued = h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(),
                        RequestMessageKinds.REGISTERED, Set.of(Channel.SMS), Map.of("protocol", "ROMA-2026-000042",
                        "subject", "Regolarità contributiva", "office", "Roma Tiburtino"), Purpose.TRANSACTIONAL, null,
                        Urgency.NORMAL)).get(0);
                h.deliver();
                MessageView sent = h.sdk.notifications().message(SdkHarness.PORTAL, queued.id());
                assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
                GatewayStub.Request request = gateway.requests().stream()
                        .filter(r -> queued.id().toString().equals(r.header("Idempotency-Key"))).findFirst().orElseThrow();
                assertThat(sent.providerId()).isEqualTo("gw-" + (gateway.requests().indexOf(request) + 1));
                assertThat(request.text()).contains("ROMA-2026-000042");

                SmsReceipts receipts = SmsReceipts.builder().addSecret(SECRET).build();
                byte[] body = ("[{\"id\":\"" + sent.providerId() + "\",\"status\":\"DELIVERED\",\"part\":1,\"parts\":2},"
                        + "{\"id\":\"" + sent.providerId() + "\",\"status\":\"DELIVRD\",\"part\":2,\"parts\":2}]")
                        .getBytes(StandardCharsets.UTF_8);
                List<ReportReceipt> read = receipts.read(
                        Map.of("X-Signature", List.of(SmsReceiptsTest.hex(SECRET, body))), body);
                assertThat(read).hasSize(1);
                for (ReportReceipt receipt : read) {
                    h.sdk.notifications().reportReceipt(SdkHarness.PORTAL, receipt);
                }
                assertThat(h.sdk.notifications().message(SdkHarness.PORTAL, queued.id()).status())
                        .isEqualTo(MessageStatus.DELIVERED);
            }
        }
    }
}
