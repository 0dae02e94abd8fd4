package dev.sportello.examples.springboot;

import dev.sportello.adapters.jackson.SportelloJson;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small client over the JDK's HttpClient for the example's endpoints. Not thread-safe; one per test class. */
final class Http {
    private static final String BOUNDARY = "sportello-example-boundary-7d1f";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A response: status, content type and body (JSON parsed when the body is JSON). */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            return SportelloJson.mapper().readTree(body);
        }
    }

    /** Headers that claim a principal (the example's demo authentication). */
    static Map<String, String> as(String party, String credential) {
        return Map.of("X-Demo-Principal", party, "X-Demo-Credential", credential);
    }

    Reply get(String path, Map<String, String> headers) {
        return send(request(path, headers).GET());
    }

    Reply postJson(String path, String json, Map<String, String> headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart POST: one JSON part and file parts (name to content). */
    Reply postMultipart(String path, String jsonPartName, String json, String filePartName, Map<String, byte[]> files,
                        Map<String, String> headers) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, "Content-Disposition: form-data; name=\"" + jsonPartName + "\"\r\nContent-Type: application/json\r\n",
                json.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            part(body, "Content-Disposition: form-data; name=\"" + filePartName + "\"; filename=\"" + file.getKey()
                    + "\"\r\nContent-Type: application/octet-stream\r\n", file.getValue());
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return send(request(path, headers).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static void part(ByteArrayOutputStream body, String head, byte[] content) {
        body.writeBytes(("--" + BOUNDARY + "\r\n" + head + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        List<String> flat = new ArrayList<>();
        headers.forEach((name, value) -> {
            flat.add(name);
            flat.add(value);
        });
        return flat.isEmpty() ? builder : builder.headers(flat.toArray(String[]::new));
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the example did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
