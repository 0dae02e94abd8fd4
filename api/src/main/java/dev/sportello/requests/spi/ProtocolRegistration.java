package dev.sportello.requests.spi;

import dev.sportello.TopicCode;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.RequestId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a protocol registry needs to number a request.
 *
 * <p>Immutable and thread-safe.
 *
 * @param request the request, not null
 * @param office  the office it is routed to, not null
 * @param topic   its topic, not null
 * @param at      submission instant, not null
 * @param day     submission day in the office's zone (its year numbers the sequence), not null
 */
public record ProtocolRegistration(RequestId request, OfficeCode office, TopicCode topic, Instant at, LocalDate day) {
    /** Checks the components. */
    public ProtocolRegistration {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(day, "day");
    }
}
