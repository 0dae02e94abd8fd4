package dev.sportello.adapters.smshttp;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.notifications.SmsEncoding;
import dev.sportello.spi.SmsMessage;
import dev.sportello.users.PhoneNumber;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every bad setting is a SportelloException naming the setting; good ones build. */
class HttpSmsChannelBuilderTest {
    private static final URI HTTPS = URI.create("https://sms.example.it/v1/messages");

    private static HttpSmsChannelBuilder valid() {
        return HttpSmsChannel.builder().endpoint(HTTPS).bearerToken("t0ken").senderId("INPS");
    }

    static void rejected(ThrowingCallable call, ErrorCode code, String field) {
        SportelloException e = catchThrowableOfType(SportelloException.class, call);
        assertThat(e).as("expected %s on %s", code, field).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.details()).containsEntry("field", field);
    }

    @Test
    void a_complete_builder_builds_and_defaults_apply() {
        assertThat(valid().build().toString()).contains("https://sms.example.it/v1/messages", "connect PT5S",
                "request PT10S", "id at /id");
    }

    @Test
    void null_values_are_value_required_with_the_setting() {
        HttpSmsChannelBuilder b = HttpSmsChannel.builder();
        rejected(() -> b.endpoint(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.endpoint");
        rejected(() -> b.bearerToken(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.bearerToken");
        rejected(() -> b.basicAuth(null, "p"), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.basicAuth.user");
        rejected(() -> b.basicAuth("u", null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.basicAuth.password");
        rejected(() -> b.apiKey(null, "k"), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.apiKey.header");
        rejected(() -> b.apiKey("X-Key", null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.apiKey.key");
        rejected(() -> b.senderId(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.senderId");
        rejected(() -> b.connectTimeout(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.connectTimeout");
        rejected(() -> b.requestTimeout(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.requestTimeout");
        rejected(() -> b.httpClient(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.httpClient");
        rejected(() -> b.executor(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.executor");
        rejected(() -> b.requestFormat(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.requestFormat");
        rejected(() -> b.messageIdPointer(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.messageIdPointer");
        rejected(() -> b.errorCodePointer(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.errorCodePointer");
        rejected(() -> b.clock(null), ErrorCode.VALUE_REQUIRED, "HttpSmsChannel.clock");
    }

    @Test
    void missing_required_settings_fail_the_build() {
        rejected(() -> HttpSmsChannel.builder().bearerToken("t").senderId("INPS").build(), ErrorCode.VALUE_REQUIRED,
                "HttpSmsChannel.endpoint");
        rejected(() -> HttpSmsChannel.builder().endpoint(HTTPS).bearerToken("t").build(), ErrorCode.VALUE_REQUIRED,
                "HttpSmsChannel.senderId");
        rejected(() -> HttpSmsChannel.builder().endpoint(HTTPS).senderId("INPS").build(), ErrorCode.VALUE_REQUIRED,
                "HttpSmsChannel.authentication");
    }

    @Test
    void endpoints_must_be_https_or_allowed_loopback_http() {
        String field = "HttpSmsChannel.endpoint";
        rejected(() -> valid().endpoint(URI.create("http://sms.example.it/")), ErrorCode.CONFIG_INVALID, field);
        rejected(() -> valid().endpoint(URI.create("http://localhost:8080/")).build(), ErrorCode.CONFIG_INVALID, field);
        rejected(() -> valid().endpoint(URI.create("/relative")), ErrorCode.CONFIG_INVALID, field);
        rejected(() -> valid().endpoint(URI.create("ftp://sms.example.it/")), ErrorCode.CONFIG_INVALID, field);
        rejected(() -> valid().endpoint(URI.create("https://user:pw@sms.example.it/")), ErrorCode.CONFIG_INVALID, field);
        rejected(() -> valid().endpoint(URI.create("https://sms.example.it/#x")), ErrorCode.CONFIG_INVALID, field);
        rejected(() -> valid().endpoint(URI.create("mailto:a@b.it")), ErrorCode.CONFIG_INVALID, field);
        rejected(() -> valid().allowPlainHttpOnLoopback().endpoint(URI.create("http://10.0.0.1/")).build(),
                ErrorCode.CONFIG_INVALID, field);
        rejected(() -> valid().allowPlainHttpOnLoopback().endpoint(URI.create("http://127.0.0.1.evil.example/")).build(),
                ErrorCode.CONFIG_INVALID, field);
        for (String ok : new String[]{"http://localhost:8080/", "http://127.0.0.1/", "http://127.1.2.3:1/", "http://[::1]:9/"}) {
            assertThatCode(() -> valid().allowPlainHttpOnLoopback().endpoint(URI.create(ok)).build()).as(ok)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void sender_ids_follow_the_gsm_rules() {
        for (String ok : new String[]{"INPS", "Sportello", "INPS-Roma", "A", "INPS 2026", "12345678901", "+393331234567",
                "4848", "I.N.P.S_1"}) {
            assertThatCode(() -> valid().senderId(ok)).as(ok).doesNotThrowAnyException();
        }
        for (String bad : new String[]{"", "SportelloINPS", "12", "+0393331234567", "+39333123456789012", " INPS",
                "INPS ", "INPS!", "Città", "1234567890123456", "-INPS", "IN\nPS"}) {
            rejected(() -> valid().senderId(bad), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.senderId");
        }
    }

    @Test
    void timeouts_are_positive_and_bounded() {
        for (Duration bad : new Duration[]{Duration.ZERO, Duration.ofMillis(-1), Duration.ofMinutes(6)}) {
            rejected(() -> valid().connectTimeout(bad), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.connectTimeout");
            rejected(() -> valid().requestTimeout(bad), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.requestTimeout");
        }
    }

    @Test
    void credentials_are_checked() {
        rejected(() -> valid().bearerToken(""), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.bearerToken");
        rejected(() -> valid().bearerToken("a b"), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.bearerToken");
        rejected(() -> valid().bearerToken("a\r\nX: y"), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.bearerToken");
        rejected(() -> valid().basicAuth("a:b", "p"), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.basicAuth.user");
        rejected(() -> valid().basicAuth("", "p"), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.basicAuth.user");
        rejected(() -> valid().basicAuth("u", ""), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.basicAuth.password");
        rejected(() -> valid().basicAuth("u", "p\n"), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.basicAuth.password");
        rejected(() -> valid().apiKey("Idempotency-Key", "k"), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.apiKey.header");
        rejected(() -> valid().apiKey("Content-Type", "k"), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.apiKey.header");
        rejected(() -> valid().apiKey("X Key", "k"), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.apiKey.header");
        rejected(() -> valid().apiKey("X-Key", "k k"), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.apiKey.key");
    }

    @Test
    void pointers_must_be_json_pointers() {
        for (String bad : new String[]{"", "id", "$.id", "/a~2"}) {
            rejected(() -> valid().messageIdPointer(bad), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.messageIdPointer");
            rejected(() -> valid().errorCodePointer(bad), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.errorCodePointer");
        }
    }

    @Test
    void a_host_client_needs_a_connect_timeout_and_excludes_the_channels_own_settings() {
        rejected(() -> valid().httpClient(HttpClient.newHttpClient()), ErrorCode.CONFIG_INVALID, "HttpSmsChannel.httpClient");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        rejected(() -> valid().httpClient(client).executor(Executors.newSingleThreadExecutor()).build(),
                ErrorCode.CONFIG_INVALID, "HttpSmsChannel.executor");
        rejected(() -> valid().httpClient(client).connectTimeout(Duration.ofSeconds(1)).build(),
                ErrorCode.CONFIG_INVALID, "HttpSmsChannel.connectTimeout");
        assertThat(valid().httpClient(client).build().toString()).contains("connect PT2S");
    }

    @Test
    void a_null_message_is_value_required_not_a_bare_npe() {
        rejected(() -> valid().build().send(null), ErrorCode.VALUE_REQUIRED, "message");
    }

    @Test
    void request_bodies_check_their_components() {
        rejected(() -> new SmsRequestBody(null, new byte[0]), ErrorCode.VALUE_REQUIRED, "contentType");
        rejected(() -> new SmsRequestBody("application/json", null), ErrorCode.VALUE_REQUIRED, "bytes");
        rejected(() -> new SmsRequestBody("json", new byte[0]), ErrorCode.VALUE_INVALID, "contentType");
        rejected(() -> new SmsRequestBody("application/json\r\nX: y", new byte[0]), ErrorCode.VALUE_INVALID, "contentType");
        byte[] bytes = {1, 2};
        SmsRequestBody body = new SmsRequestBody("application/json; charset=utf-8", bytes);
        bytes[0] = 9;
        assertThat(body.bytes()).containsExactly(1, 2);
        assertThat(body).isEqualTo(new SmsRequestBody("application/json; charset=utf-8", new byte[]{1, 2}));
        assertThat(body.toString()).isEqualTo("SmsRequestBody[application/json; charset=utf-8, 2 bytes]");
    }

    @Test
    void the_json_format_writes_gsm_messages_too() {
        SmsMessage gsm = new SmsMessage("k", new PhoneNumber("+393471234567"), "Ciao {}[]€", SmsEncoding.GSM_7, 1);
        String json = new String(SmsRequestFormat.json().write(gsm, "INPS").bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"sender\":\"INPS\",\"recipient\":\"+393471234567\",\"text\":\"Ciao {}[]€\","
                + "\"encoding\":\"GSM_7\",\"parts\":1,\"clientReference\":\"k\"}");
    }
}
