package dev.sportello.adapters.webhooks;

import dev.sportello.EventType;
import dev.sportello.spi.LoopbackHosts;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One webhook subscriber: where its events go, the secrets they are signed with, and which event
 * types it wants. Its {@code id} appears in logs and delivery reasons, so it is a host-chosen name
 * ({@code crm}, {@code sub-42}), never personal data; the endpoint does not appear.
 *
 * <p>The endpoint is {@code https}: events carry user ids and their payload, and the signature protects
 * them from tampering, not from being read. Plain {@code http} is accepted only to a loopback host
 * ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}, judged by the name or literal address, never
 * resolved) — a sidecar, a test — or when the host says so explicitly with {@code plainHttpAllowed} true
 * (the five-argument constructor), e.g. for a receiver inside a network it trusts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id               a name unique among the subscribers: 1-100 of {@code A-Z a-z 0-9 . _ : -}, not null
 * @param endpoint         an absolute {@code https} URI with a host (or {@code http}, see above), not null
 * @param secrets          the active secrets, 1 to 5 (two during a rotation; each request is signed with all),
 *                         not null
 * @param eventTypes       the names of the event types it wants ({@code request.submitted}); empty for all;
 *                         not null
 * @param plainHttpAllowed whether a plain {@code http} endpoint to a host that is not a loopback one is accepted
 */
public record WebhookSubscriber(String id, URI endpoint, List<WebhookSecret> secrets, Set<String> eventTypes,
                                boolean plainHttpAllowed) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    /**
     * Checks and copies the components.
     *
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} for a null component or element,
     *                                             {@code CONFIG_INVALID} for a bad one (among them a plain
     *                                             {@code http} endpoint to a host that is not a loopback one
     *                                             without {@code plainHttpAllowed}); the field is
     *                                             {@code WebhookSubscriber.<component>}
     */
    public WebhookSubscriber {
        Settings.required(id, "WebhookSubscriber.id");
        if (!ID.matcher(id).matches()) {
            throw Settings.invalid("WebhookSubscriber.id", "1-100 of A-Z a-z 0-9 . _ : -");
        }
        Settings.required(endpoint, "WebhookSubscriber.endpoint");
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!endpoint.isAbsolute() || endpoint.isOpaque() || endpoint.getHost() == null
                || !(scheme.equals("https") || scheme.equals("http")) || endpoint.getRawFragment() != null) {
            throw Settings.invalid("WebhookSubscriber.endpoint", "an absolute https or http URI with a host, no fragment");
        }
        if (scheme.equals("http") && !plainHttpAllowed && !isLoopback(endpoint.getHost())) {
            throw Settings.invalid("WebhookSubscriber.endpoint", "https (plain http only to a loopback host: localhost, "
                    + "127.0.0.0/8, [::1]; or with plainHttpAllowed)");
        }
        Settings.required(secrets, "WebhookSubscriber.secrets");
        List<WebhookSecret> keys = new ArrayList<>(secrets);
        for (WebhookSecret key : keys) {
            Settings.required(key, "WebhookSubscriber.secrets");
        }
        if (keys.isEmpty() || keys.size() > 5) {
            throw Settings.invalid("WebhookSubscriber.secrets", "1 to 5 secrets");
        }
        secrets = List.copyOf(keys);
        Settings.required(eventTypes, "WebhookSubscriber.eventTypes");
        Set<String> types = new HashSet<>(eventTypes);
        for (String type : types) {
            Settings.required(type, "WebhookSubscriber.eventTypes");
            if (!TYPE_NAME.matcher(type).matches()) {
                throw Settings.invalid("WebhookSubscriber.eventTypes", "lower-case dotted event type names");
            }
        }
        eventTypes = Set.copyOf(types);
    }

    /**
     * A subscriber whose endpoint is {@code https} or plain {@code http} to a loopback host.
     *
     * @param id         the subscriber's name
     * @param endpoint   its endpoint
     * @param secrets    its active secrets
     * @param eventTypes the event types it wants, empty for all
     * @throws dev.sportello.InvalidInputException as the canonical constructor, with {@code plainHttpAllowed} false
     */
    public WebhookSubscriber(String id, URI endpoint, List<WebhookSecret> secrets, Set<String> eventTypes) {
        this(id, endpoint, secrets, eventTypes, false);
    }

    /**
     * A subscriber to every event type, its endpoint {@code https} or plain {@code http} to a loopback host.
     *
     * @param id       the subscriber's name
     * @param endpoint its endpoint
     * @param secrets  its active secrets
     * @return the subscriber
     * @throws dev.sportello.InvalidInputException as the constructor
     */
    public static WebhookSubscriber toAll(String id, URI endpoint, WebhookSecret... secrets) {
        return new WebhookSubscriber(id, endpoint, secrets == null ? null : java.util.Arrays.asList(secrets), Set.of());
    }

    /**
     * Whether it wants events of this type.
     *
     * @param type the type, not null
     * @return true when {@link #eventTypes()} is empty or names it
     */
    public boolean wants(EventType type) {
        return eventTypes.isEmpty() || eventTypes.contains(type.name());
    }

    /** A loopback host by its name or literal address only: no name is resolved. */
    static boolean isLoopback(String host) {
        return LoopbackHosts.is(host);
    }

    /** Names the id, the counts and whether plain http is allowed; no endpoint, no secret. */
    @Override
    public String toString() {
        return "WebhookSubscriber[id=" + id + ", secrets=" + secrets.size() + ", eventTypes="
                + (eventTypes.isEmpty() ? "all" : eventTypes) + (plainHttpAllowed ? ", plainHttpAllowed" : "") + "]";
    }
}
