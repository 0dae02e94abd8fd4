package dev.sportello.adapters.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.sportello.spi.DeliveryResult;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Real SMTP delivery to GreenMail: the content and headers that arrive. */
class GreenMailDeliveryTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private SmtpEmailChannel channel() {
        return SmtpEmailChannel.builder().host("127.0.0.1").port(GREEN_MAIL.getSmtp().getPort())
                .security(SmtpSecurity.NONE).sender(Mails.DEFAULT_SENDER).sender(Mails.BOOKED, Mails.DESK)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    @Test
    void an_invitation_arrives_with_its_headers_alternatives_and_attachments() throws Exception {
        DeliveryResult result = channel().send(Mails.invitation("outbox-42-email"));

        assertThat(result).isEqualTo(DeliveryResult.accepted("<outbox-42-email@sportello.example>"));
        MimeMessage received = only();
        assertThat(received.getMessageID()).isEqualTo("<outbox-42-email@sportello.example>");
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("appuntamenti@sportello.example");
        assertThat(from.getPersonal()).isEqualTo("Sede di Roma Eur – Appuntamenti");
        assertThat(received.getHeader("From")[0]).startsWith("=?UTF-8?");
        assertThat(((InternetAddress) received.getReplyTo()[0]).getAddress()).isEqualTo("sede.roma.eur@sportello.example");
        assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress()).isEqualTo("mario.rossi@example.it");
        assertThat(received.getSubject()).isEqualTo(Mails.SUBJECT);
        assertThat(received.getHeader("Subject")[0]).startsWith("=?UTF-8?").doesNotContain("è");
        assertThat(received.getSentDate().toInstant()).isEqualTo(NOW);
        assertThat(received.getHeader("Content-Language")).containsExactly("it");
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");

        assertThat(new ContentType(received.getContentType()).getBaseType()).isEqualTo("multipart/mixed");
        MimeMultipart mixed = (MimeMultipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(3);
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(new ContentType(alternative.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        assertThat(alternative.getCount()).isEqualTo(2);
        assertTextPart(alternative.getBodyPart(0), "text/plain", Mails.TEXT);
        assertTextPart(alternative.getBodyPart(1), "text/html", Mails.HTML);

        BodyPart ics = mixed.getBodyPart(1);
        ContentType icsType = new ContentType(ics.getContentType());
        assertThat(icsType.getBaseType()).isEqualTo("text/calendar");
        assertThat(icsType.getParameter("method")).isEqualTo("REQUEST");
        assertThat(icsType.getParameter("charset")).isEqualTo("UTF-8");
        assertThat(ics.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(ics.getFileName()).isEqualTo("invito.ics");
        assertThat(bytes(ics)).isEqualTo(Mails.ICS);

        BodyPart png = mixed.getBodyPart(2);
        assertThat(new ContentType(png.getContentType()).getBaseType()).isEqualTo("image/png");
        assertThat(png.getFileName()).isEqualTo("qr-attestazione.png");
        assertThat(bytes(png)).isEqualTo(Mails.PNG);
    }

    @Test
    void two_sends_of_one_key_carry_the_same_message_id_and_other_keys_another() throws Exception {
        SmtpEmailChannel channel = channel();
        DeliveryResult first = channel.send(Mails.plain("outbox:7/email"));
        DeliveryResult retry = channel.send(Mails.plain("outbox:7/email"));
        DeliveryResult other = channel.send(Mails.plain("outbox:8/email"));

        assertThat(GREEN_MAIL.waitForIncomingEmail(5000, 3)).isTrue();
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        String expected = "<" + MessageIds.left("outbox:7/email") + "@sportello.example>";
        assertThat(expected).matches("<[0-9a-f]{64}@sportello\\.example>");
        assertThat(received[0].getMessageID()).isEqualTo(expected);
        assertThat(received[1].getMessageID()).isEqualTo(expected);
        assertThat(received[2].getMessageID()).isNotEqualTo(expected).endsWith("@sportello.example>");
        assertThat(first).isEqualTo(retry).isEqualTo(DeliveryResult.accepted(expected));
        assertThat(other).isEqualTo(DeliveryResult.accepted(received[2].getMessageID()));
    }

    @Test
    void a_message_without_a_kind_comes_from_the_default_sender_without_reply_to() throws Exception {
        assertThat(channel().send(Mails.plain("k-1"))).isInstanceOf(DeliveryResult.Accepted.class);

        MimeMessage received = only();
        InternetAddress from = (InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("noreply@sportello.example");
        assertThat(from.getPersonal()).isEqualTo("INPS – Sportello virtuale");
        assertThat(received.getHeader("Reply-To")).isNull();
        MimeMultipart mixed = (MimeMultipart) received.getContent();
        assertThat(mixed.getCount()).isEqualTo(1);
    }

    @Test
    void the_message_id_domain_can_be_set() throws Exception {
        SmtpEmailChannel channel = SmtpEmailChannel.builder().host("127.0.0.1").port(GREEN_MAIL.getSmtp().getPort())
                .security(SmtpSecurity.NONE).sender(Mails.DEFAULT_SENDER).messageIdDomain("Mail.INPS.example").build();

        assertThat(channel.send(Mails.plain("k-2"))).isEqualTo(DeliveryResult.accepted("<k-2@mail.inps.example>"));
        assertThat(only().getMessageID()).isEqualTo("<k-2@mail.inps.example>");
    }

    private static MimeMessage only() {
        assertThat(GREEN_MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static void assertTextPart(BodyPart part, String type, String text) throws Exception {
        ContentType contentType = new ContentType(part.getContentType());
        assertThat(contentType.getBaseType()).isEqualTo(type);
        assertThat(contentType.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(part.getContent()).isEqualTo(text);
    }

    private static byte[] bytes(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
