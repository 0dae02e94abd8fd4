package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.Channel;
import dev.sportello.PartyId;
import dev.sportello.UserId;

import java.time.Instant;

/**
 * One entry of a user's consent history: who said what about which channel, and when (R-USR-3).
 *
 * <p>Immutable and thread-safe.
 *
 * @param user       the user the consent is about, not null
 * @param channel    the channel, not null
 * @param choice     what was chosen, not null
 * @param at         when, UTC, not null
 * @param actor      who recorded it (the user, a delegate, an operator), not null
 * @param onBehalfOf the represented user when a delegate acted, else null
 */
public record ConsentEvent(UserId user, Channel channel, ConsentChoice choice, Instant at, PartyId actor,
                           UserId onBehalfOf) {
    /** Checks the mandatory components. */
    public ConsentEvent {
        Arguments.required(user, "ConsentEvent", "user");
        Arguments.required(channel, "ConsentEvent", "channel");
        Arguments.required(choice, "ConsentEvent", "choice");
        Arguments.required(at, "ConsentEvent", "at");
        Arguments.required(actor, "ConsentEvent", "actor");
    }
}
