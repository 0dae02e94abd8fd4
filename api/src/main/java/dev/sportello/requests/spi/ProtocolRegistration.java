package dev.sportello.requests.spi;

import dev.sportello.Arguments;
import dev.sportello.TopicCode;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.RequestId;

import java.time.Instant;
import java.time.LocalDate;

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
        Arguments.required(request, "ProtocolRegistration", "request");
        Arguments.required(office, "ProtocolRegistration", "office");
        Arguments.required(topic, "ProtocolRegistration", "topic");
        Arguments.required(at, "ProtocolRegistration", "at");
        Arguments.required(day, "ProtocolRegistration", "day");
    }
}
