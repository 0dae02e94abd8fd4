package dev.sportello.adapters.memory;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.appointments.spi.MeetingProvider;
import dev.sportello.spi.SpiVersion;
import dev.sportello.spi.SpiVersioned;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A meeting provider for tests and demos: the link of an appointment's room is derived from its id and
 * a secret, so it is the same on every call (idempotent) and cannot be guessed from the id alone. Keeps
 * the rooms it opened and closed, for assertions.
 *
 * <p>Thread-safe.
 */
public final class DeterministicMeetings implements MeetingProvider, SpiVersioned {
    private final String base;
    private final byte[] secret;
    private final Set<URI> open = ConcurrentHashMap.newKeySet();
    private final Set<URI> closed = ConcurrentHashMap.newKeySet();
    private final AtomicInteger openCalls = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();

    /**
     * A provider with rooms under a base address.
     *
     * @param base   the https base, e.g. {@code https://meet.example.it/room/}, not null
     * @param secret mixed into the room names, not null
     * @throws dev.sportello.InvalidInputException with {@code CONFIG_INVALID} for a base that is not https or a
     *                                             null secret
     */
    public DeterministicMeetings(String base, String secret) {
        if (base == null || !base.startsWith("https://")) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "base", Map.of("reason", "an https address"));
        }
        if (secret == null) {
            throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "secret", Map.of("reason", "required"));
        }
        this.base = base.endsWith("/") ? base : base + "/";
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** A provider with rooms under {@code https://meet.sportello.invalid/room/}. */
    public DeterministicMeetings() {
        this("https://meet.sportello.invalid/room/", "sportello");
    }

    @Override
    public String spiVersion() {
        return SpiVersion.CURRENT;
    }

    @Override
    public MeetingRoom open(MeetingRequest request) {
        openCalls.incrementAndGet();
        if (failures.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            throw new IllegalStateException("the meeting provider is unavailable (injected failure)");
        }
        URI link = URI.create(base + room(request.idempotencyKey()));
        if (!closed.contains(link)) {
            open.add(link);
        }
        return new MeetingRoom(link);
    }

    @Override
    public void close(MeetingRoom room) {
        open.remove(room.joinLink());
        closed.add(room.joinLink());
    }

    /**
     * Makes the next opens fail, as a provider that is down would (the SDK retries them).
     *
     * @param times how many opens fail, at least 0
     */
    public void failNextOpens(int times) {
        failures.set(Math.max(0, times));
    }

    /** The rooms open now (opened and not closed); never null, a copy. */
    public Set<URI> openRooms() {
        return Set.copyOf(open);
    }

    /** How many times {@link #open} was called. */
    public int openCalls() {
        return openCalls.get();
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

    private String room(String key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(secret);
            sha.update((byte) 0);
            sha.update(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
