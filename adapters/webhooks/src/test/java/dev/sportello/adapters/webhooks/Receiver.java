package dev.sportello.adapters.webhooks;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver in-process (the JDK's HttpServer on a port the OS picks) with one endpoint per
 * path. Each endpoint verifies every request with {@link WebhookVerifier} and with the reference library
 * (the oracle), records both verdicts, and answers as scripted (by default: 204 when verified, 200 for a
 * replay, 401 otherwise).
 */
final class Receiver implements AutoCloseable {
    /** One request as it arrived. */
    record Received(Map<String, List<String>> headers, byte[] body, ErrorCode ours, boolean oracle) {
        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private enum Mode { VERIFY, STATUS, HANG, DROP, TRICKLE }

    /** One endpoint and its script. */
    final class Endpoint {
        private final String path;
        private final WebhookVerifier verifier;
        private final Webhook oracle;
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private volatile Mode mode = Mode.VERIFY;
        private volatile int status;
        private volatile String retryAfter;

        Endpoint(String path, WebhookVerifier verifier, WebhookSecret oracleSecret) {
            this.path = path;
            this.verifier = verifier;
            try {
                this.oracle = new Webhook(oracleSecret.reveal());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
        }

        Endpoint verifyAndAnswer() {
            mode = Mode.VERIFY;
            return this;
        }

        Endpoint answer(int code) {
            return answer(code, null);
        }

        Endpoint answer(int code, String retryAfterValue) {
            this.status = code;
            this.retryAfter = retryAfterValue;
            this.mode = Mode.STATUS;
            return this;
        }

        Endpoint hang() {
            mode = Mode.HANG;
            return this;
        }

        /** Sends 200 and one byte of a chunked body, then nothing until the receiver closes. */
        Endpoint trickle() {
            mode = Mode.TRICKLE;
            return this;
        }

        Endpoint drop() {
            mode = Mode.DROP;
            return this;
        }

        List<Received> received() {
            return List.copyOf(received);
        }

        WebhookVerifier verifier() {
            return verifier;
        }

        private void handle(HttpExchange exchange) throws IOException {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, List.copyOf(v)));
            ErrorCode ours = null;
            try {
                verifier.verify(headers, body);
            } catch (SportelloException e) {
                ours = e.code();
            }
            boolean oracleOk;
            try {
                oracle.verify(new String(body, StandardCharsets.UTF_8), HttpHeaders.of(headers, (a, b) -> true));
                oracleOk = true;
            } catch (Exception e) {
                oracleOk = false;
            }
            received.add(new Received(headers, body, ours, oracleOk));
            Mode now = mode;
            switch (now) {
                case HANG -> {
                    try {
                        released.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.close();
                }
                case DROP -> exchange.close();
                case TRICKLE -> {
                    exchange.sendResponseHeaders(200, 0);
                    exchange.getResponseBody().write('{');
                    exchange.getResponseBody().flush();
                    try {
                        released.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    exchange.close();
                }
                case STATUS -> reply(exchange, status, retryAfter);
                case VERIFY -> reply(exchange, ours == null ? 204 : ours == ErrorCode.TRN_REPLAYED ? 200 : 401, null);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch released = new CountDownLatch(1);
    private final List<Endpoint> endpoints = new ArrayList<>();

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    /** An endpoint verifying with these secrets (the oracle with the first) and the system clock. */
    Endpoint endpoint(String path, WebhookSecret... knows) {
        return endpoint(path, WebhookVerifier.of(knows), knows[0]);
    }

    Endpoint endpoint(String path, Clock clock, WebhookSecret... knows) {
        return endpoint(path, WebhookVerifier.builder().secrets(List.of(knows)).clock(clock).build(), knows[0]);
    }

    private synchronized Endpoint endpoint(String path, WebhookVerifier verifier, WebhookSecret oracleSecret) {
        Endpoint e = new Endpoint(path, verifier, oracleSecret);
        endpoints.add(e);
        server.createContext(path, e::handle);
        return e;
    }

    private static void reply(HttpExchange exchange, int code, String retryAfter) throws IOException {
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(code, -1);
        exchange.close();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
