package dev.sportello.users.spi;

import dev.sportello.UserId;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.FiscalCode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Users and their contact points. Part of a transaction; not thread-safe.
 */
public interface UserStore {
    /**
     * Inserts a new user (version 0).
     *
     * @param user the user, not null
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) if the id, the fiscal code
     *         in its {@linkplain FiscalCode#canonical() canonical form} or the registration number is taken,
     *         also by a transaction running at the same time
     */
    void insert(UserRecord user);

    /**
     * Replaces a user and their contact points if the stored version is still {@code expectedVersion};
     * the new record carries {@code expectedVersion + 1}.
     *
     * @param user            the new state, not null
     * @param expectedVersion the version that was read
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) on a stale version
     * @throws dev.sportello.NotFoundException ({@code USR_NOT_FOUND}) if there is no such user
     */
    void update(UserRecord user, long expectedVersion);

    /**
     * Reads a user.
     *
     * @param id the id, not null
     * @return the user, if any
     */
    Optional<UserRecord> find(UserId id);

    /**
     * Reads several users at once (a bulk command reads the users it will need up front). A store may do
     * it in one statement; the default reads them one by one with {@link #find}.
     *
     * @param ids the ids, not null
     * @return the users found, by id; ids of unknown users are absent
     * @since 0.1
     */
    default Map<UserId, UserRecord> findAll(Collection<UserId> ids) {
        Map<UserId, UserRecord> found = new LinkedHashMap<>();
        for (UserId id : ids) {
            find(id).ifPresent(user -> found.put(id, user));
        }
        return found;
    }

    /**
     * Reads a user by fiscal code, comparing {@linkplain FiscalCode#canonical() canonical forms}: an
     * omocodia variant finds the user registered with the original code, and the reverse.
     *
     * @param fiscalCode the code, not null
     * @return the user, if any
     */
    Optional<UserRecord> findByFiscalCode(FiscalCode fiscalCode);

    /**
     * Reads a company by registration number.
     *
     * @param number the number, not null
     * @return the company, if any
     */
    Optional<UserRecord> findByRegistrationNumber(CompanyRegistrationNumber number);
}
