package dev.sportello.adapters.smshttp;

import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.SmsMessage;
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
import java.util.UUID;

/** The HTTP SMS channel passes the channel TCK with all five provider answers. */
class HttpSmsChannelContractTest extends ChannelContract<SmsMessage> {

    @Override
    protected ChannelRig<SmsMessage> rig(Duration timeout) {
        GatewayStub gateway;
        try {
            gateway = new GatewayStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpSmsChannel channel = HttpSmsChannel.builder().endpoint(gateway.uri()).allowPlainHttpOnLoopback()
                .bearerToken("tck-token").senderId("Sportello").connectTimeout(timeout).requestTimeout(timeout).build();
        return new Rig(gateway, channel);
    }

    @Override
    protected SmsMessage message(String idempotencyKey) {
        return ChannelMessages.sms(idempotencyKey);
    }

    private static final class Rig implements ChannelRig<SmsMessage> {
        private final GatewayStub gateway;
        private final HttpSmsChannel channel;

        Rig(GatewayStub gateway, HttpSmsChannel channel) {
            this.gateway = gateway;
            this.channel = channel;
            answer(ProviderAnswer.ACCEPT);
        }

        @Override
        public DeliveryResult send(SmsMessage message) {
            return channel.send(message);
        }

        @Override
        public void answer(ProviderAnswer answer) {
            gateway.answer(switch (answer) {
                case ACCEPT -> (exchange, stub) ->
                        GatewayStub.json(201, "{\"id\":\"" + UUID.randomUUID() + "\"}").answer(exchange, stub);
                case REFUSE -> GatewayStub.json(422, "{\"error\":{\"code\":\"INVALID_RECIPIENT\"}}");
                case FAIL_FOR_NOW -> GatewayStub.json(503, "{\"error\":{\"code\":\"BUSY\"}}", java.util.Map.of("Retry-After", "1"));
                case HANG -> GatewayStub.hanging();
                case DROP_CONNECTION -> GatewayStub.droppingMidBody();
            });
        }

        @Override
        public Set<ProviderAnswer> supported() {
            return EnumSet.allOf(ProviderAnswer.class);
        }

        @Override
        public List<String> keysSeen() {
            return gateway.requests().stream().map(r -> r.header("Idempotency-Key")).toList();
        }

        @Override
        public void close() {
            gateway.close();
        }
    }
}
