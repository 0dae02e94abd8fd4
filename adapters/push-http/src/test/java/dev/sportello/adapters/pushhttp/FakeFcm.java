package dev.sportello.adapters.pushhttp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An in-process HTTP server playing the FCM HTTP v1 API: it records every request and answers as scripted,
 * per device token (a queue of replies) or by a fallback function. Thread-safe.
 */
final class FakeFcm implements AutoCloseable {
    static final String PROJECT = "demo-project";
    static final String PATH = "/v1/projects/" + PROJECT + "/messages:send";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as received. */
    record Seen(String method, String path, Map<String, List<String>> headers, JsonNode body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        String token() {
            return body.path("message").path("token").asString();
        }

        String key() {
            return body.path("message").path("data").path(FcmV1Format.MESSAGE_ID_DATA_KEY).asString();
        }
    }

    /** How the server answers one request. */
    enum Mode { NORMAL, HANG, STALL, DROP }

    /** One scripted reply. */
    record Reply(int status, String body, Map<String, String> headers, Mode mode) {
        static Reply ok(String name) {
            return new Reply(200, "{\"name\":\"" + name + "\"}", Map.of(), Mode.NORMAL);
        }

        static Reply fcmError(int status, String rpcStatus, String errorCode) {
            return new Reply(status, "{\"error\":{\"code\":" + status + ",\"message\":\"Request failed.\",\"status\":\""
                    + rpcStatus + "\",\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
                    + "\"errorCode\":\"" + errorCode + "\"}]}}", Map.of(), Mode.NORMAL);
        }

        static Reply unregistered() {
            return fcmError(404, "NOT_FOUND", "UNREGISTERED");
        }

        static Reply raw(int status, String body) {
            return new Reply(status, body, Map.of(), Mode.NORMAL);
        }

        static Reply hang() {
            return new Reply(200, "", Map.of(), Mode.HANG);
        }

        static Reply stall() {
            return new Reply(200, "{\"name\":", Map.of(), Mode.STALL);
        }

        static Reply drop() {
            return new Reply(200, "{\"name\":\"projects/demo-project/messages/cut", Map.of(), Mode.DROP);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new java.util.HashMap<>(headers);
            more.put(name, value);
            return new Reply(status, body, Map.copyOf(more), mode);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> scripted = new ConcurrentHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile Function<Seen, Reply> fallback = s -> Reply.ok(nextName());
    private volatile Runnable onArrival = () -> { };

    FakeFcm() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    String nextName() {
        return "projects/" + PROJECT + "/messages/" + ids.incrementAndGet();
    }

    /** Replies for one device token, in order; afterwards the fallback answers. */
    void script(String token, Reply... replies) {
        scripted.computeIfAbsent(token, t -> new ArrayDeque<>()).addAll(List.of(replies));
    }

    void otherwise(Function<Seen, Reply> answer) {
        this.fallback = answer;
    }

    /** Runs on the server thread as each request arrives, before it is answered. */
    void onArrival(Runnable action) {
        this.onArrival = action;
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    List<String> tokensSeen() {
        return seen().stream().map(Seen::token).toList();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        boolean counted = true;
        try {
            byte[] raw = exchange.getRequestBody().readAllBytes();
            JsonNode body = JSON.readTree(raw.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : raw);
            Seen request = new Seen(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            seen.add(request);
            onArrival.run();
            Reply reply;
            Deque<Reply> queue = scripted.get(request.token());
            synchronized (this) {
                reply = queue == null || queue.isEmpty() ? null : queue.poll();
            }
            if (reply == null) {
                reply = fallback.apply(request);
            }
            // no longer in flight once the answer starts: the client may send the next request right after it
            inFlight.decrementAndGet();
            counted = false;
            answer(exchange, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        if (reply.mode() == Mode.HANG) {
            closing.await(30, TimeUnit.SECONDS);
            return;
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        reply.headers().forEach(exchange.getResponseHeaders()::set);
        if (reply.mode() == Mode.STALL) {
            exchange.sendResponseHeaders(reply.status(), bytes.length + 500L);
            exchange.getResponseBody().write(bytes);
            exchange.getResponseBody().flush();
            closing.await(30, TimeUnit.SECONDS);
            return;
        }
        if (reply.mode() == Mode.DROP) {
            exchange.sendResponseHeaders(reply.status(), bytes.length + 500L);
            OutputStream out = exchange.getResponseBody();
            out.write(bytes);
            out.flush();
            throw new IOException("dropping the connection on purpose");
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
