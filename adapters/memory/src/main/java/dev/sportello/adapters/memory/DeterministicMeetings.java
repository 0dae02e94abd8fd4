package dev.sportello.adapters.memory;

import dev.sportello.spi.MeetingProvider;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A meeting provider for tests and demos: the link of an appointment's room is derived from its id and
 * a secret, so it is the same on every call (idempotent) and cannot be guessed from the id alone. Keeps
 * the rooms it opened and closed, for assertions.
 *
 * <p>Thread-safe.
 */
public final class DeterministicMeetings implements MeetingProvider {
    private final String base;
    private final byte[] secret;
    private final Set<URI> open = ConcurrentHashMap.newKeySet();
    private final Set<URI> closed = ConcurrentHashMap.newKeySet();

    /**
     * A provider with rooms under a base address.
     *
     * @param base   the https base, e.g. {@code https://meet.example.it/room/}, not null
     * @param secret mixed into the room names, not null
     */
    public DeterministicMeetings(String base, String secret) {
        if (!Objects.requireNonNull(base, "base").startsWith("https://")) {
            throw new IllegalArgumentException("the base is an https address");
        }
        this.base = base.endsWith("/") ? base : base + "/";
        this.secret = Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8);
    }

    /** A provider with rooms under {@code https://meet.sportello.invalid/room/}. */
    public DeterministicMeetings() {
        this("https://meet.sportello.invalid/room/", "sportello");
    }

    @Override
    public MeetingRoom open(MeetingRequest request) {
        URI link = URI.create(base + room(request.appointmentId()));
        open.add(link);
        closed.remove(link);
        return new MeetingRoom(link);
    }

    @Override
    public void close(MeetingRoom room) {
        if (open.remove(room.joinLink())) {
            closed.add(room.joinLink());
        }
    }

    /**
     * Whether a room is open.
     *
     * @param link the room's link
     * @return true if opened and not closed since
     */
    public boolean isOpen(URI link) {
        return open.contains(link);
    }

    /**
     * Whether a room was closed.
     *
     * @param link the room's link
     * @return true if closed
     */
    public boolean isClosed(URI link) {
        return closed.contains(link);
    }

    private String room(String appointmentId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(secret);
            sha.update((byte) 0);
            sha.update(appointmentId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
