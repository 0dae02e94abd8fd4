package dev.sportello.core.internal.notifications;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.offices.Office;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;

import java.time.ZoneId;
import java.util.Map;

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
        return tx.memo(new Key(user), () -> {
            UserRecord record = tx.store(UserStore.class).find(user).orElseThrow(() ->
                    SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of("userId", user.toString())));
            return new Recipient(tx, record, zoneOf(record));
        });
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
        tx.remember(new Key(user.id()), recipient);
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
