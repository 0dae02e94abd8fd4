package dev.sportello.fragile;

import dev.sportello.Arguments;
import dev.sportello.PartyId;
import dev.sportello.UserId;

import java.time.Instant;

/**
 * One contact of a user with the fragile-users channel: who, when, how and with what outcome (R-USR-5). It
 * carries no notes: what was said stays with the institution's case files, not here.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id      the id, not null
 * @param user    the user, not null
 * @param channel how, not null
 * @param outcome what came of it, not null
 * @param at      when, not null
 * @param by      who recorded it: the operator, or the service of the phone line, not null
 */
public record ChannelContact(ChannelContactId id, UserId user, ContactChannel channel, ContactOutcome outcome,
                             Instant at, PartyId by) {
    /** Checks the components. */
    public ChannelContact {
        Arguments.required(id, "ChannelContact", "id");
        Arguments.required(user, "ChannelContact", "user");
        Arguments.required(channel, "ChannelContact", "channel");
        Arguments.required(outcome, "ChannelContact", "outcome");
        Arguments.required(at, "ChannelContact", "at");
        Arguments.required(by, "ChannelContact", "by");
    }
}
