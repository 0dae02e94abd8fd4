package dev.sportello.adapters.pushhttp;

import dev.sportello.spi.PushMessage;
import dev.sportello.spi.PushTarget;

import java.net.http.HttpHeaders;

/**
 * The request and answer format of a push gateway, for one installation at a time: how a push to a target is
 * written, and what the gateway's answer means for that target. {@link FcmV1Format} (Firebase Cloud Messaging
 * HTTP v1) is the shipped one; a host with its own push gateway implements this interface and passes it to
 * {@link HttpPushChannel#builder(PushWireFormat)}.
 *
 * <p>The channel catches what a format throws: an exception from {@link #request} or {@link #answer} counts as
 * a failure for now of that target. Error codes in the answers must not carry personal data or tokens (the
 * channel keeps only codes made of {@code A-Z 0-9 _} and names others {@code UNRECOGNISED}).
 *
 * <p>Implementations are thread-safe: the channel calls them from several threads at once.
 */
public interface PushWireFormat {
    /**
     * The request that sends this push to this installation.
     *
     * @param message the push, not null
     * @param target  one of its targets, not null
     * @return the request, never null
     */
    PushRequest request(PushMessage message, PushTarget target);

    /**
     * What the gateway's answer to a {@linkplain #request request} means for that installation.
     * {@link TargetAnswer.RetryLater} without a wait takes the answer's {@code Retry-After}, when there is one.
     *
     * @param statusCode the HTTP status
     * @param headers    the answer's headers, not null
     * @param body       the answer's body decoded as UTF-8 (at most 64 KiB of it), not null, possibly empty
     * @return the meaning, never null
     */
    TargetAnswer answer(int statusCode, HttpHeaders headers, String body);
}
