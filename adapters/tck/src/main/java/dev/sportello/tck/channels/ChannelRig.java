package dev.sportello.tck.channels;

import dev.sportello.spi.DeliveryResult;

import java.util.List;
import java.util.Set;

/**
 * A transport wired to a provider that the test steers (an in-process SMTP or HTTP server, or the
 * transport itself for the recording channels), for {@link ChannelContract}.
 *
 * <p>Implementations are thread-safe: the contract sends from several threads at once.
 *
 * @param <M> the message type of the transport ({@code SmsMessage}, {@code EmailMessage}, {@code PushMessage},
 *            {@code DomainEvent})
 */
public interface ChannelRig<M> extends AutoCloseable {
    /**
     * Sends through the transport under test.
     *
     * @param message the message, not null
     * @return what the transport answered
     */
    DeliveryResult send(M message);

    /**
     * How the provider answers the sends that follow.
     *
     * @param answer the answer, one of {@link #supported()}
     */
    void answer(ProviderAnswer answer);

    /**
     * The answers this rig can make the provider give; the contract skips the cases of the others.
     *
     * @return the answers, never empty
     */
    Set<ProviderAnswer> supported();

    /**
     * The idempotency keys that reached the provider, in arrival order, as the transport passed them
     * (a header, the Message-ID, a body field), one per attempt that reached it.
     *
     * @return a snapshot, never null
     */
    List<String> keysSeen();

    /** Stops the provider and releases the transport. */
    @Override
    void close();
}
