package dev.sportello.adapters.mail;

import dev.sportello.adapters.mail.ScriptedSmtpServer.Script;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.EmailMessage;
import dev.sportello.tck.channels.ChannelContract;
import dev.sportello.tck.channels.ChannelMessages;
import dev.sportello.tck.channels.ChannelRig;
import dev.sportello.tck.channels.ProviderAnswer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The SMTP channel passes the channel TCK over the scripted server, with all five provider answers. */
class SmtpChannelContractTest extends ChannelContract<EmailMessage> {
    private static final String DOMAIN = "sportello.example";

    @Override
    protected ChannelRig<EmailMessage> rig(Duration timeout) {
        return new SmtpRig(timeout);
    }

    @Override
    protected EmailMessage message(String idempotencyKey) {
        return ChannelMessages.email(idempotencyKey);
    }

    /** The channel over a {@link ScriptedSmtpServer}; keys are read back from the Message-IDs it received. */
    private static final class SmtpRig implements ChannelRig<EmailMessage> {
        private final ScriptedSmtpServer server;
        private final SmtpEmailChannel channel;
        /** id-left → key, for the keys this rig sent (a key that is not a safe id-left travels hashed). */
        private final Map<String, String> keysByLeft = new ConcurrentHashMap<>();

        SmtpRig(Duration timeout) {
            try {
                server = new ScriptedSmtpServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            channel = SmtpEmailChannel.builder().host("127.0.0.1").port(server.port()).security(SmtpSecurity.NONE)
                    .sender(Mails.DEFAULT_SENDER).messageIdDomain(DOMAIN).timeouts(timeout).build();
        }

        @Override
        public DeliveryResult send(EmailMessage message) {
            keysByLeft.put(MessageIds.left(message.idempotencyKey()), message.idempotencyKey());
            return channel.send(message);
        }

        @Override
        public void answer(ProviderAnswer answer) {
            server.script(switch (answer) {
                case ACCEPT -> Script.ACCEPT;
                case REFUSE -> Script.REFUSE_RECIPIENT;
                case FAIL_FOR_NOW -> Script.DEFER_DATA;
                case HANG -> Script.NO_GREETING;
                case DROP_CONNECTION -> Script.DROP_IN_DATA;
            });
        }

        @Override
        public Set<ProviderAnswer> supported() {
            return EnumSet.allOf(ProviderAnswer.class);
        }

        @Override
        public List<String> keysSeen() {
            return server.received().stream().map(ScriptedSmtpServer.Received::messageId).map(this::key).toList();
        }

        private String key(String messageId) {
            String suffix = "@" + DOMAIN + ">";
            if (messageId == null || !messageId.startsWith("<") || !messageId.endsWith(suffix)) {
                return String.valueOf(messageId);
            }
            String left = messageId.substring(1, messageId.length() - suffix.length());
            return keysByLeft.getOrDefault(left, left);
        }

        @Override
        public void close() {
            server.close();
        }
    }
}
