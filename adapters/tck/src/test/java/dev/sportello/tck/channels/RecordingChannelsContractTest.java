package dev.sportello.tck.channels;

import dev.sportello.DomainEvent;
import dev.sportello.adapters.memory.RecordingChannels;
import dev.sportello.adapters.memory.RecordingPostalChannel;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailMessage;
import dev.sportello.spi.PostalLetter;
import dev.sportello.spi.PushMessage;
import dev.sportello.spi.SmsMessage;
import org.junit.jupiter.api.Nested;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** The recording channels (and the recording postal channel) pass the channel TCK for every port (they can only accept). */
class RecordingChannelsContractTest {

    /** A rig over the recording channels: the "provider" is the recorder itself. */
    private static final class RecordingRig<M> implements ChannelRig<M> {
        private final Function<M, DeliveryResult> send;
        private final Function<M, String> key;
        private final List<String> seen = new CopyOnWriteArrayList<>();

        RecordingRig(Function<M, DeliveryResult> send, Function<M, String> key) {
            this.send = send;
            this.key = key;
        }

        @Override
        public DeliveryResult send(M message) {
            seen.add(key.apply(message));
            return send.apply(message);
        }

        @Override
        public void answer(ProviderAnswer answer) {
            if (answer != ProviderAnswer.ACCEPT) {
                throw new IllegalArgumentException("the recording channels only accept");
            }
        }

        @Override
        public Set<ProviderAnswer> supported() {
            return Set.of(ProviderAnswer.ACCEPT);
        }

        @Override
        public List<String> keysSeen() {
            return List.copyOf(seen);
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    @Nested
    class Sms extends ChannelContract<SmsMessage> {
        @Override
        protected ChannelRig<SmsMessage> rig(Duration timeout) {
            RecordingChannels channels = new RecordingChannels();
            return new RecordingRig<>(channels::send, SmsMessage::idempotencyKey);
        }

        @Override
        protected SmsMessage message(String idempotencyKey) {
            return ChannelMessages.sms(idempotencyKey);
        }
    }

    @Nested
    class Email extends ChannelContract<EmailMessage> {
        @Override
        protected ChannelRig<EmailMessage> rig(Duration timeout) {
            RecordingChannels channels = new RecordingChannels();
            return new RecordingRig<>(channels::send, EmailMessage::idempotencyKey);
        }

        @Override
        protected EmailMessage message(String idempotencyKey) {
            return ChannelMessages.email(idempotencyKey);
        }
    }

    @Nested
    class Push extends ChannelContract<PushMessage> {
        @Override
        protected ChannelRig<PushMessage> rig(Duration timeout) {
            RecordingChannels channels = new RecordingChannels();
            return new RecordingRig<>(channels::send, PushMessage::idempotencyKey);
        }

        @Override
        protected PushMessage message(String idempotencyKey) {
            return ChannelMessages.push(idempotencyKey);
        }
    }

    @Nested
    class Events extends ChannelContract<DomainEvent> {
        @Override
        protected ChannelRig<DomainEvent> rig(Duration timeout) {
            RecordingChannels channels = new RecordingChannels();
            return new RecordingRig<>(channels::publish, DomainEvent::id);
        }

        @Override
        protected DomainEvent message(String idempotencyKey) {
            return ChannelMessages.event(idempotencyKey);
        }
    }

    @Nested
    class Postal extends ChannelContract<PostalLetter> {
        @Override
        protected ChannelRig<PostalLetter> rig(Duration timeout) {
            RecordingPostalChannel postal = new RecordingPostalChannel();
            return new RecordingRig<>(postal::post, PostalLetter::idempotencyKey);
        }

        @Override
        protected PostalLetter message(String idempotencyKey) {
            return ChannelMessages.letter(idempotencyKey);
        }
    }
}
