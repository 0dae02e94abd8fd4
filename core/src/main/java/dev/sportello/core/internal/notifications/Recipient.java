package dev.sportello.core.internal.notifications;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.users.Consents;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.ContactRecord;
import dev.sportello.users.spi.UserRecord;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who a message goes to, read once per command: the user with their contact points, their consents
 * (read when a decision first needs them), the zone of their competent office and their language.
 * Obtained from {@link Recipients#of}.
 *
 * <p>Not thread-safe: one command.
 */
public final class Recipient {
    private final UserRecord user;
    private final ZoneId zone;
    private final Supplier<Consents> consents;
    private Consents read;

    Recipient(Tx tx, UserRecord user, ZoneId zone) {
        this.user = user;
        this.zone = zone;
        this.consents = () -> new Consents(user.id(), tx.store(ConsentStore.class).history(user.id()));
    }

    /** A recipient whose consent history the command has already read. */
    Recipient(UserRecord user, ZoneId zone, List<ConsentEvent> history) {
        this.user = user;
        this.zone = zone;
        this.read = new Consents(user.id(), history);
        this.consents = () -> read;
    }

    /** The user's id. */
    public UserId id() {
        return user.id();
    }

    /** The user as read in this command. */
    public UserRecord user() {
        return user;
    }

    /** The user's language. */
    public Language language() {
        return user.language();
    }

    /** The zone of the user's competent office. */
    public ZoneId zone() {
        return zone;
    }

    /** The user's consents, read on first use. */
    public Consents consents() {
        if (read == null) {
            read = consents.get();
        }
        return read;
    }

    /**
     * The most recently verified contact point for a channel.
     *
     * @param channel the channel
     * @return the contact point; empty for channels without one (inbox, push) or when none is verified
     */
    public Optional<ContactRecord> verified(Channel channel) {
        return verified(user, channel);
    }

    /**
     * The most recently verified contact point of a user for a channel.
     *
     * @param user    the user
     * @param channel the channel
     * @return the contact point; empty for channels without one (inbox, push) or when none is verified
     */
    public static Optional<ContactRecord> verified(UserRecord user, Channel channel) {
        ContactKind kind = switch (channel) {
            case SMS -> ContactKind.MOBILE;
            case EMAIL -> ContactKind.EMAIL;
            case INBOX, PUSH -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        return user.contacts().stream().filter(c -> c.kind() == kind && c.verifiedAt() != null)
                .max(Comparator.comparing(ContactRecord::verifiedAt));
    }
}
