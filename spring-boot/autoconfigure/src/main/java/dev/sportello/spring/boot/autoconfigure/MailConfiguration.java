package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.Arguments;
import dev.sportello.SportelloException;
import dev.sportello.adapters.mail.SenderIdentity;
import dev.sportello.adapters.mail.SmtpEmailChannel;
import dev.sportello.adapters.mail.SmtpEmailChannelBuilder;
import dev.sportello.adapters.mail.SmtpSecurity;
import dev.sportello.spi.EmailChannel;
import dev.sportello.users.EmailAddress;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


import static dev.sportello.spring.boot.autoconfigure.PropertyBinding.apply;
import static dev.sportello.spring.boot.autoconfigure.PropertyBinding.of;

/** The SMTP e-mail channel from {@code sportello.mail.*}, when adapters/mail is present and no EmailChannel bean is. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SmtpEmailChannel.class)
@ConditionalOnProperty(prefix = "sportello.mail", name = "host")
class MailConfiguration {
    private static final String P = "sportello.mail.";
    private static final String S = "SmtpEmailChannel.";

    @Bean
    @ConditionalOnMissingBean(EmailChannel.class)
    SmtpEmailChannel sportelloSmtpEmailChannel(SportelloProperties properties) {
        MailProperties m = properties.getMail();
        SmtpEmailChannelBuilder b = SmtpEmailChannel.builder();
        apply(() -> b.host(m.getHost()), of(S + "host", P + "host", m.getHost()));
        SmtpSecurity security = security(m.getSecurity());
        b.security(security);
        if (m.getPort() != null) {
            apply(() -> b.port(m.getPort()), of(S + "port", P + "port", m.getPort()));
        }
        if (m.getUsername() != null) {
            // the password is never put in an error message
            apply(() -> b.authentication(m.getUsername(), m.getPassword()), of(S + "user", P + "username", m.getUsername()),
                    of(S + "password", P + "password", "(hidden)"));
        }
        apply(() -> b.timeouts(m.getTimeout()), of(S + "timeout", P + "timeout", m.getTimeout()));
        if (m.getFrom() == null) {
            throw new InvalidConfigurationPropertyValueException(P + "from", null,
                    "the From address is required when " + P + "host is set");
        }
        SenderIdentity[] sender = new SenderIdentity[1];
        apply(() -> sender[0] = SenderIdentity.of(new EmailAddress(m.getFrom()), m.getFromName()),
                of(S + "sender", P + "from", m.getFrom()));
        if (m.getReplyTo() != null) {
            apply(() -> sender[0] = sender[0].withReplyTo(new EmailAddress(m.getReplyTo())),
                    of(S + "replyTo", P + "reply-to", m.getReplyTo()));
        }
        b.sender(sender[0]);
        if (m.getMessageIdDomain() != null) {
            apply(() -> b.messageIdDomain(m.getMessageIdDomain()),
                    of(S + "messageIdDomain", P + "message-id-domain", m.getMessageIdDomain()));
        }
        try {
            return b.build();
        } catch (SportelloException e) {
            throw new InvalidConfigurationPropertyValueException(P + "host", m.getHost(), e.getMessage());
        }
    }

    private static SmtpSecurity security(String value) {
        try {
            return SmtpSecurity.valueOf(value == null ? "" : Arguments.upperAscii(Arguments.strip(value)));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException(P + "security", value, "STARTTLS, SMTPS or NONE");
        }
    }
}
