package dev.sportello.adapters.webhooks;

import dev.sportello.DomainEvent;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.tck.channels.ChannelContract;
import dev.sportello.tck.channels.ChannelMessages;
import dev.sportello.tck.channels.ChannelRig;
import dev.sportello.tck.channels.ProviderAnswer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The webhook sink passes the channel TCK, with all five provider answers, against an in-process receiver. */
class WebhookSinkContractTest extends ChannelContract<DomainEvent> {

    /** The sink posting to one subscriber, a receiver scripted per answer. */
    private static final class WebhookRig implements ChannelRig<DomainEvent> {
        private final Receiver receiver;
        private final Receiver.Endpoint endpoint;
        private final WebhookEventSink sink;

        WebhookRig(Duration timeout) {
            try {
                receiver = new Receiver();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            WebhookSecret secret = Fixtures.secret(31);
            endpoint = receiver.endpoint("/events", secret);
            sink = WebhookEventSink.builder().source("https://sportello.inps.example/events").typePrefix("it.inps.sportello")
                    .subscriptions(WebhookSubscriptions.fixed(WebhookSubscriber.toAll("tck", endpoint.uri(), secret)))
                    .connectTimeout(timeout).requestTimeout(timeout).build();
        }

        @Override
        public DeliveryResult send(DomainEvent message) {
            return sink.publish(message);
        }

        @Override
        public void answer(ProviderAnswer answer) {
            switch (answer) {
                case ACCEPT -> endpoint.verifyAndAnswer();
                case REFUSE -> endpoint.answer(400);
                case FAIL_FOR_NOW -> endpoint.answer(503);
                case HANG -> endpoint.hang();
                case DROP_CONNECTION -> endpoint.drop();
            }
        }

        @Override
        public Set<ProviderAnswer> supported() {
            return EnumSet.allOf(ProviderAnswer.class);
        }

        @Override
        public List<String> keysSeen() {
            return endpoint.received().stream().map(r -> r.header(WebhookSigner.ID_HEADER)).toList();
        }

        @Override
        public void close() {
            receiver.close();
        }
    }

    @Override
    protected ChannelRig<DomainEvent> rig(Duration timeout) {
        return new WebhookRig(timeout);
    }

    @Override
    protected DomainEvent message(String idempotencyKey) {
        return ChannelMessages.event(idempotencyKey);
    }
}
