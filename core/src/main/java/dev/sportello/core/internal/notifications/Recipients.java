package dev.sportello.core.internal.notifications;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.offices.Office;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;

import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@link Recipient}s, once per user and command.
 *
 * <p>Thread-safe.
 */
public final class Recipients {
    private final OfficeDirectory directory;
    private final ZoneId defaultZone;

    /**
     * Creates the reader.
     *
     * @param directory   the office directory (the zone of the competent office)
     * @param defaultZone the zone when no office is known
     */
    public Recipients(OfficeDirectory directory, ZoneId defaultZone) {
        this.directory = directory;
        this.defaultZone = defaultZone;
    }

    /**
     * A recipient, read in this command's transaction (or taken from what the command read already).
     *
     * @param tx   the command's transaction
     * @param user the user
     * @return the recipient
     * @throws dev.sportello.NotFoundException with {@code USR_NOT_FOUND}
     */
    public Recipient of(Tx tx, UserId user) {
        return find(tx, user).orElseThrow(() ->
                SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of("userId", user.toString())));
    }

    /**
     * A recipient, if the user exists, read in this command's transaction (or taken from what the command
     * read already).
     *
     * @param tx   the command's transaction
     * @param user the user
     * @return the recipient; empty for an unknown user
     */
    public Optional<Recipient> find(Tx tx, UserId user) {
        return tx.memo(new Key(user), () -> tx.store(UserStore.class).find(user).map(r -> new Recipient(tx, r, zoneOf(r))));
    }

    /**
     * Reads many recipients with their consents in two statements, for a bulk command that will notify
     * them: later {@link #of} and {@link #find} calls of this command take them from memory.
     *
     * @param tx    the command's transaction
     * @param users the users; those already read by the command are skipped
     */
    public void prefetch(Tx tx, Collection<UserId> users) {
        Set<UserId> missing = new LinkedHashSet<>();
        for (UserId user : users) {
            if (!tx.remembers(new Key(user))) {
                missing.add(user);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<UserId, UserRecord> found = tx.store(UserStore.class).findAll(missing);
        Map<UserId, List<ConsentEvent>> histories = tx.store(ConsentStore.class).historyAll(found.keySet());
        for (UserId user : missing) {
            UserRecord record = found.get(user);
            tx.remember(new Key(user), record == null ? Optional.empty()
                    : Optional.of(new Recipient(record, zoneOf(record), histories.getOrDefault(user, List.of()))));
        }
    }

    /**
     * A recipient whose user and consent history the command has just read together (a booking's first
     * round trip): later {@link #of} and {@link #find} calls of this command take it from memory.
     *
     * @param tx       the command's transaction
     * @param user     the user as read
     * @param consents the user's consent history, oldest first
     * @return the recipient
     */
    public Recipient of(Tx tx, UserRecord user, List<ConsentEvent> consents) {
        Recipient recipient = new Recipient(user, zoneOf(user), consents);
        tx.remember(new Key(user.id()), Optional.of(recipient));
        return recipient;
    }

    /**
     * A recipient from a user the command has just read or written (its latest state).
     *
     * @param tx   the command's transaction
     * @param user the user as the command holds it
     * @return the recipient
     */
    public Recipient of(Tx tx, UserRecord user) {
        Recipient recipient = new Recipient(tx, user, zoneOf(user));
        tx.remember(new Key(user.id()), Optional.of(recipient));
        return recipient;
    }

    /**
     * The zone of the office competent for a user.
     *
     * @param user the user
     * @return the zone, or the default one
     */
    public ZoneId zoneOf(UserRecord user) {
        return directory.officeFor(user.municipality()).flatMap(directory::office).map(Office::zone).orElse(defaultZone);
    }

    private record Key(UserId user) {
    }
}
