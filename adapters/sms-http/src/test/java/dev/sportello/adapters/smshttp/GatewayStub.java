package dev.sportello.adapters.smshttp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An SMS gateway in-process on the JDK's HttpServer (loopback, port chosen by the OS) whose answer the test
 * sets; records every request it receives. Thread-safe.
 */
final class GatewayStub implements AutoCloseable {

    /** One request as the gateway received it. */
    record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** How the gateway answers. */
    @FunctionalInterface
    interface Answer {
        void answer(HttpExchange exchange, GatewayStub stub) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile Answer answer = json(200, "{\"id\":\"gw-1\"}");

    GatewayStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        Map.copyOf(exchange.getRequestHeaders()), body));
                answer.answer(exchange, this);
            }
        });
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/sms");
    }

    void answer(Answer answer) {
        this.answer = answer;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    Request last() {
        return requests.get(requests.size() - 1);
    }

    /** Blocks a handler until the stub closes (or 30 s pass, a safety net never reached by a passing test). */
    void hang() {
        try {
            released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Answer json(int status, String body) {
        return json(status, body, Map.of());
    }

    static Answer json(int status, String body, Map<String, String> headers) {
        return (exchange, stub) -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            headers.forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        };
    }

    /** Never answers: the request waits until the stub closes. */
    static Answer hanging() {
        return (exchange, stub) -> stub.hang();
    }

    /** Sends the status line and headers, a few bytes of the body, then stalls. */
    static Answer stallingBody() {
        return (exchange, stub) -> {
            exchange.sendResponseHeaders(200, 100);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"id\":".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            stub.hang();
        };
    }

    /** Closes the connection without an answer. */
    static Answer dropping() {
        return (exchange, stub) -> {
            // closing the exchange before the headers are sent closes the connection
        };
    }

    /** Promises 100 bytes, sends 10, closes. */
    static Answer droppingMidBody() {
        return (exchange, stub) -> {
            exchange.sendResponseHeaders(200, 100);
            exchange.getResponseBody().write("{\"id\":\"gw".getBytes(StandardCharsets.US_ASCII));
            exchange.getResponseBody().flush();
            throw new IOException("dropped on purpose");
        };
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
