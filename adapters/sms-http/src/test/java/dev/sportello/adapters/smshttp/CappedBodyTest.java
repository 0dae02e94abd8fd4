package dev.sportello.adapters.smshttp;

import com.sun.net.httpserver.HttpServer;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.spi.CappedBody;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SPI's cap on a provider's answer body, against a real HTTP server that answers {@code /n} with n bytes. */
class CappedBodyTest {
    private static HttpServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int length = Integer.parseInt(exchange.getRequestURI().getPath().substring(1));
            byte[] body = new byte[length];
            for (int i = 0; i < length; i++) {
                body[i] = (byte) ('a' + i % 26);
            }
            exchange.sendResponseHeaders(200, length == 0 ? -1 : length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            } catch (IOException closedByTheClient) {
                // the capped client cancels and closes the connection mid-body
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static CappedBody.Result fetch(int length, int cap) throws Exception {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + length);
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), CappedBody.handler(cap)).body();
    }

    @ParameterizedTest(name = "{0} bytes under a cap of {1}")
    @CsvSource({"0, 10", "9, 10", "10, 10", "100000, 200000"})
    void keepsABodyWithinTheCapWhole(int length, int cap) throws Exception {
        CappedBody.Result result = fetch(length, cap);
        assertThat(result.overflowed()).isFalse();
        assertThat(result.bytes()).hasSize(length);
        if (length > 0) {
            assertThat(result.bytes()[length - 1]).isEqualTo((byte) ('a' + (length - 1) % 26));
        }
    }

    @ParameterizedTest(name = "{0} bytes over a cap of {1}")
    @CsvSource({"11, 10", "5000000, 4096", "1, 0"})
    void cutsALongerBodyAtTheCapAndSaysSo(int length, int cap) throws Exception {
        CappedBody.Result result = fetch(length, cap);
        assertThat(result.overflowed()).isTrue();
        assertThat(result.bytes()).hasSize(cap);
        byte[] expected = new byte[cap];
        for (int i = 0; i < cap; i++) {
            expected[i] = (byte) ('a' + i % 26);
        }
        assertThat(Arrays.equals(result.bytes(), expected)).isTrue();
    }

    @Test
    void refusesANegativeCapWithACode() {
        assertThatThrownBy(() -> CappedBody.handler(-1)).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALUE_INVALID));
        assertThatThrownBy(() -> new CappedBody.Result(null, false)).isInstanceOfSatisfying(SportelloException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALUE_REQUIRED));
    }
}
