package dev.sportello.core.internal.users;

import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.UserProfile;
import dev.sportello.users.spi.ContactRecord;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;

import java.util.List;
import java.util.Map;

/**
 * Reading users and turning stored users into their public views; shared by the areas.
 *
 * <p>Thread-safe: stateless.
 */
public final class UserRecords {
    private UserRecords() {
    }

    /**
     * A user, or a not-found error.
     *
     * @param tx the transaction
     * @param id the user
     * @return the user
     * @throws dev.sportello.NotFoundException with {@code USR_NOT_FOUND}
     */
    public static UserRecord require(Tx tx, UserId id) {
        return tx.store(UserStore.class).find(id).orElseThrow(() ->
                SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of("userId", id.toString())));
    }

    /**
     * The public view of a stored user.
     *
     * @param user the record
     * @return the profile
     */
    public static UserProfile profile(UserRecord user) {
        return new UserProfile(user.id(), user.kind(), user.fiscalCode(), user.name(), user.registrationNumber(),
                user.municipality(), user.language(), user.contacts().stream().map(UserRecords::point).toList(),
                user.version(), user.createdAt(), user.updatedAt());
    }

    static ContactPoint point(ContactRecord c) {
        return new ContactPoint(c.id(), c.kind(), c.value(), c.verifiedAt() != null, c.verifiedAt(), c.createdAt());
    }

    /**
     * Saves a user with new contact points as the next version.
     *
     * @param tx       the transaction
     * @param user     the user as read
     * @param contacts the new contact points
     * @return the saved user
     */
    static UserRecord saveContacts(Tx tx, UserRecord user, List<ContactRecord> contacts) {
        UserRecord changed = user.toBuilder().contacts(contacts).version(user.version() + 1).updatedAt(tx.now()).build();
        tx.store(UserStore.class).update(changed, user.version());
        return changed;
    }
}
