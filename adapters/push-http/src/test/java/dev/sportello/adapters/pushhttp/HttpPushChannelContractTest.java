package dev.sportello.adapters.pushhttp;

import dev.sportello.adapters.pushhttp.FakeFcm.Reply;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.PushMessage;
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
import java.util.concurrent.CopyOnWriteArrayList;

/** The HTTP push channel passes the channel TCK against an in-process FCM, with all five provider answers. */
class HttpPushChannelContractTest extends ChannelContract<PushMessage> {

    @Override
    protected ChannelRig<PushMessage> rig(Duration timeout) {
        return new FcmRig(timeout);
    }

    /** The TCK's push has no targets (the SPI 1.0 form): this channel needs the registry's installations. */
    @Override
    protected PushMessage message(String idempotencyKey) {
        PushMessage base = ChannelMessages.push(idempotencyKey);
        return new PushMessage(base.idempotencyKey(), base.recipient(), base.title(), base.body(), base.data(),
                List.of(Pushes.ANDROID, Pushes.IPHONE));
    }

    /** The channel over a FakeFcm whose answer the contract steers. */
    private static final class FcmRig implements ChannelRig<PushMessage> {
        private final FakeFcm fcm;
        private final HttpPushChannel channel;
        private final List<String> keys = new CopyOnWriteArrayList<>();

        FcmRig(Duration timeout) {
            try {
                fcm = new FakeFcm();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            channel = HttpPushChannel.fcm(FakeFcm.PROJECT).endpoint(fcm.endpoint()).accessTokens(() -> Pushes.BEARER)
                    .connectTimeout(timeout).requestTimeout(timeout).build();
        }

        @Override
        public DeliveryResult send(PushMessage message) {
            int before = fcm.seen().size();
            DeliveryResult result = channel.send(message);
            // one entry per send that reached the provider, however many installations it went to
            List<FakeFcm.Seen> seen = fcm.seen();
            if (seen.subList(before, seen.size()).stream().anyMatch(s -> s.key().equals(message.idempotencyKey()))) {
                keys.add(message.idempotencyKey());
            }
            return result;
        }

        @Override
        public void answer(ProviderAnswer answer) {
            switch (answer) {
                case ACCEPT -> fcm.otherwise(s -> Reply.ok(fcm.nextName()));
                case REFUSE -> fcm.otherwise(s -> Reply.raw(400, """
                        {"error": {"code": 400, "message": "Invalid value at 'message.data[0].value'",
                          "status": "INVALID_ARGUMENT", "details": [{"@type": "type.googleapis.com/google.rpc.BadRequest",
                          "fieldViolations": [{"field": "message.data[0].value"}]}]}}"""));
                case FAIL_FOR_NOW -> fcm.otherwise(s -> Reply.fcmError(503, "UNAVAILABLE", "UNAVAILABLE"));
                case HANG -> fcm.otherwise(s -> Reply.hang());
                case DROP_CONNECTION -> fcm.otherwise(s -> Reply.drop());
            }
        }

        @Override
        public Set<ProviderAnswer> supported() {
            return EnumSet.allOf(ProviderAnswer.class);
        }

        @Override
        public List<String> keysSeen() {
            return List.copyOf(keys);
        }

        @Override
        public void close() {
            fcm.close();
        }
    }
}
