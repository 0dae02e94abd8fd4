package dev.sportello.adapters.mail;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.users.EmailAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.net.ssl.SSLContext;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every setter and build() either works or throws a coded SportelloException naming the field. */
class SmtpEmailChannelBuilderTest {
    private static SmtpEmailChannelBuilder valid() {
        return SmtpEmailChannel.builder().host("smtp.sportello.example").sender(Mails.DEFAULT_SENDER);
    }

    private static void fails(Executable call, ErrorCode code, String field) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(SportelloException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.details()).containsEntry("field", field);
        });
    }

    @Test
    void nulls_are_refused_with_value_required_and_the_field() {
        SmtpEmailChannelBuilder b = valid();
        fails(() -> b.host(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.host");
        fails(() -> b.security(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.security");
        fails(() -> b.trust((SSLContext) null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.sslContext");
        fails(() -> b.trust((javax.net.ssl.SSLSocketFactory) null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.sslSocketFactory");
        fails(() -> b.authentication(null, "x"), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.user");
        fails(() -> b.authentication("u", null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.password");
        fails(() -> b.connectTimeout(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.connectTimeout");
        fails(() -> b.readTimeout(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.readTimeout");
        fails(() -> b.writeTimeout(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.writeTimeout");
        fails(() -> b.timeouts(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.timeout");
        fails(() -> b.sendDeadline(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.sendDeadline");
        fails(() -> b.sender(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.sender");
        fails(() -> b.sender(null, Mails.DESK), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.senderByKind.kind");
        fails(() -> b.sender(Mails.BOOKED, null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.senderByKind.sender");
        fails(() -> b.envelopeSender(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.envelopeSender");
        fails(() -> b.messageIdDomain(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.messageIdDomain");
        fails(() -> b.heloName(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.heloName");
        fails(() -> b.clock(null), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.clock");
        fails(() -> new SenderIdentity(null, "x", null), ErrorCode.VALUE_REQUIRED, "address");
    }

    @Test
    void build_names_what_is_missing() {
        fails(() -> SmtpEmailChannel.builder().sender(Mails.DEFAULT_SENDER).build(), ErrorCode.VALUE_REQUIRED,
                "SmtpEmailChannel.host");
        fails(() -> SmtpEmailChannel.builder().host("localhost").build(), ErrorCode.VALUE_REQUIRED, "SmtpEmailChannel.sender");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, Integer.MAX_VALUE})
    void a_port_outside_1_to_65535_is_refused(int port) {
        fails(() -> valid().port(port), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "smtp host", "smtp\r\nhost", "città.it"})
    void a_bad_host_is_refused(String host) {
        fails(() -> valid().host(host), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.host");
    }

    @Test
    void timeouts_must_be_positive_and_at_most_ten_minutes() {
        fails(() -> valid().connectTimeout(Duration.ZERO), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.connectTimeout");
        fails(() -> valid().readTimeout(Duration.ofMillis(-5)), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.readTimeout");
        fails(() -> valid().writeTimeout(Duration.ofNanos(999_999)), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.writeTimeout");
        fails(() -> valid().timeouts(Duration.ofMinutes(11)), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.timeout");
        assertThat(valid().timeouts(Duration.ofMinutes(10)).build()).isNotNull();
    }

    @Test
    void the_send_deadline_is_at_least_1_ms_at_most_1_hour_and_defaults_to_connect_3_reads_and_a_write() {
        fails(() -> valid().sendDeadline(Duration.ZERO), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.sendDeadline");
        fails(() -> valid().sendDeadline(Duration.ofMillis(-1)), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.sendDeadline");
        fails(() -> valid().sendDeadline(Duration.ofHours(1).plusMillis(1)), ErrorCode.CONFIG_INVALID,
                "SmtpEmailChannel.sendDeadline");
        assertThat(valid().build().settingsForTests().sendDeadline()).isEqualTo(Duration.ofSeconds(50));
        assertThat(valid().connectTimeout(Duration.ofSeconds(1)).readTimeout(Duration.ofSeconds(2))
                .writeTimeout(Duration.ofSeconds(3)).build().settingsForTests().sendDeadline()).isEqualTo(Duration.ofSeconds(10));
        assertThat(valid().sendDeadline(Duration.ofSeconds(7)).timeouts(Duration.ofMinutes(10)).build().settingsForTests()
                .sendDeadline()).isEqualTo(Duration.ofSeconds(7));
        assertThat(valid().timeouts(Duration.ofMinutes(10)).build().settingsForTests().sendDeadline())
                .isEqualTo(Duration.ofMinutes(50));
        assertThat(valid().sendDeadline(Duration.ofHours(1)).build().toString()).contains("send deadline 3600000 ms");
    }

    @Test
    void bad_credentials_domains_and_names_are_refused() {
        fails(() -> valid().authentication(" ", "pw"), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.user");
        fails(() -> valid().authentication("u", ""), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.password");
        fails(() -> valid().authentication("u", "pw\r\nQUIT"), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.password");
        fails(() -> valid().messageIdDomain("not a domain"), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.messageIdDomain");
        fails(() -> valid().messageIdDomain("-bad.example"), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.messageIdDomain");
        fails(() -> valid().heloName("a..b"), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.heloName");
        fails(() -> SenderIdentity.of(new EmailAddress("a@sportello.example"), "x\ny"),
                ErrorCode.CONFIG_INVALID, "SenderIdentity.displayName");
        fails(() -> SenderIdentity.of(new EmailAddress("a@sportello.example"), "x".repeat(201)),
                ErrorCode.CONFIG_INVALID, "SenderIdentity.displayName");
    }

    @Test
    void an_uninitialised_ssl_context_is_refused() throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        fails(() -> valid().trust(context), ErrorCode.CONFIG_INVALID, "SmtpEmailChannel.sslContext");
    }

    @Test
    void send_refuses_a_null_message_with_value_required() {
        fails(() -> valid().build().send(null), ErrorCode.VALUE_REQUIRED, "message");
    }

    @Test
    void defaults_are_required_starttls_on_587_with_hostname_verification_and_ten_second_timeouts() {
        SmtpEmailChannel channel = valid().authentication("sportello", "hunter2-secret").build();
        assertThat(channel.toString()).contains("host=smtp.sportello.example", "port=587", "security=STARTTLS",
                        "connect 10000 ms", "read 10000 ms", "write 10000 ms", "send deadline 50000 ms", "password=***", "Message-ID domain sportello.example")
                .doesNotContain("hostname not verified").doesNotContain("hunter2").doesNotContain("noreply@");
        SmtpSettings settings = valid().security(SmtpSecurity.SMTPS).build().settingsForTests();
        assertThat(settings.port()).isEqualTo(465);
        assertThat(settings.properties()).containsEntry("mail.smtp.ssl.enable", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true").containsEntry("mail.smtp.localhost", "sportello.example")
                .doesNotContainKey("mail.smtp.password");
        assertThat(valid().build().settingsForTests().properties()).containsEntry("mail.smtp.starttls.required", "true");
        assertThat(valid().security(SmtpSecurity.NONE).build().settingsForTests().port()).isEqualTo(25);
    }

    @Test
    void a_blank_display_name_means_none() {
        assertThat(SenderIdentity.of(new EmailAddress("a@sportello.example"), "  ").displayName()).isNull();
        assertThat(Mails.DESK.withReplyTo(null).replyTo()).isNull();
    }
}
