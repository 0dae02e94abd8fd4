package dev.sportello.tck;

import dev.sportello.Channel;
import dev.sportello.PageRequest;
import dev.sportello.adapters.memory.MutableClock;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageView;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.UserProfile;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the dispatcher contracts share: an SMS channel whose behaviour a test can switch, a harness with
 * chosen dispatcher settings, and reads of the outbox under test.
 */
abstract class DispatcherScenarios extends StorageContract {
    static final Map<String, String> VALUES = Map.of("protocol", "P-2026-000001", "subject", "Test",
            "office", "Roma");

    /**
     * An SMS channel that records normally (so that contact points can be verified) until a test gives it
     * another behaviour.
     */
    static final class SwitchableSms implements SmsChannel {
        final RecordingChannels recorder = new RecordingChannels();
        volatile SmsChannel behaviour;

        @Override
        public DeliveryResult send(SmsMessage message) {
            SmsChannel current = behaviour;
            return current == null ? recorder.send(message) : current.send(message);
        }
    }

    final SwitchableSms sms = new SwitchableSms();

    SdkHarness harness(Consumer<DispatcherSettings.Builder> settings) {
        return new SdkHarness(storage, sms.recorder, new MutableClock(SdkHarness.START),
                b -> b.smsChannel(sms).dispatcher(settings));
    }

    /** Three attempts ten seconds apart at first, and a send timeout short enough for a test. */
    static void quick(DispatcherSettings.Builder d) {
        d.retries(3, Duration.ofSeconds(10), Duration.ofHours(1)).timeouts(Duration.ofSeconds(30), Duration.ofMillis(300));
    }

    static MessageView sms(SdkHarness h, UserProfile user) {
        return h.sdk.notifications().schedule(SdkHarness.PORTAL, new ScheduleMessage(user.id(),
                RequestMessageKinds.REGISTERED, Set.of(Channel.SMS), VALUES, Purpose.TRANSACTIONAL, null,
                Urgency.URGENT)).get(0);
    }

    static MessageView view(SdkHarness h, MessageId id) {
        return h.sdk.notifications().message(SdkHarness.PORTAL, id);
    }

    OutboxEntry entry(MessageId id) {
        return tx(s -> s.get(OutboxStore.class).find(id.toString())).orElseThrow();
    }

    Map<OutboxStatus, Integer> statusCounts() {
        Map<OutboxStatus, Integer> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status, tx(s -> s.get(OutboxStore.class).list(status, PageRequest.first(200))).items().size());
        }
        return counts;
    }

    boolean settled() {
        return tx(s -> s.get(OutboxStore.class).list(OutboxStatus.PENDING, PageRequest.first(1)).items().isEmpty()
                && s.get(OutboxStore.class).list(OutboxStatus.IN_FLIGHT, PageRequest.first(1)).items().isEmpty());
    }

    /** Simulates work that takes time (a slow network), not a wait for another thread. */
    static void takeTime(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
