package dev.sportello.users;

import dev.sportello.Arguments;
import dev.sportello.Channel;
import dev.sportello.UserId;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A user's current consents, derived from their full history (oldest first).
 *
 * <p>Immutable and thread-safe.
 *
 * @param user    the user, not null
 * @param history every consent event, oldest first, not null, immutable
 */
public record Consents(UserId user, List<ConsentEvent> history) {
    /** Checks and copies the components. */
    public Consents {
        Arguments.required(user, "Consents", "user");
        history = Arguments.list(history, "Consents", "history");
    }

    /** Channels with a standing proactive-services adhesion. */
    public Set<Channel> proactiveOptIns() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (ConsentEvent event : history) {
            if (event.choice() == ConsentChoice.PROACTIVE_OPT_IN) {
                channels.add(event.channel());
            } else if (event.choice() == ConsentChoice.PROACTIVE_WITHDRAWAL) {
                channels.remove(event.channel());
            }
        }
        return Set.copyOf(channels);
    }

    /** Channels the user explicitly opted out of. */
    public Set<Channel> optedOut() {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (ConsentEvent event : history) {
            if (event.choice() == ConsentChoice.CHANNEL_OPT_OUT) {
                channels.add(event.channel());
            } else if (event.choice() == ConsentChoice.CHANNEL_RESUME) {
                channels.remove(event.channel());
            }
        }
        return Set.copyOf(channels);
    }

    /**
     * Whether the institution may write on this channel on its own initiative: a standing adhesion
     * and no opt-out.
     *
     * @param channel the channel, not null
     * @return true if proactive messages are allowed
     */
    public boolean proactiveAllowed(Channel channel) {
        Arguments.required(channel, "Consents", "channel");
        return proactiveOptIns().contains(channel) && !optedOut().contains(channel);
    }
}
