package dev.sportello.users;

import dev.sportello.Principal;
import dev.sportello.UserId;

import java.util.Optional;
import java.util.Set;

/**
 * Registering users, their profile, contact points and consents (R-USR-1, R-USR-3).
 *
 * <p>Every method checks the principal: users reach their own data (or that of whom they represent
 * through a valid delegation); service principals may register and look up users. Every change is
 * audited. Errors are {@link dev.sportello.SportelloException}s with stable codes.
 *
 * <p>Implementations are thread-safe.
 */
public interface Users {
    /**
     * Registers a user. Usually called by the portal's service principal after the first login.
     *
     * @param principal the acting principal, not null
     * @param command   the registration, not null
     * @return the new profile
     * @throws dev.sportello.ConflictException with {@code USR_ALREADY_REGISTERED} if the fiscal code is taken
     */
    UserProfile register(Principal principal, Registration command);

    /**
     * Reads a profile.
     *
     * @param principal the acting principal, not null
     * @param userId    the user, not null
     * @return the profile
     */
    UserProfile get(Principal principal, UserId userId);

    /**
     * Finds a user by fiscal code; for service principals (e.g. at login).
     *
     * @param principal a service principal, not null
     * @param fiscalCode the code, not null
     * @return the profile, if registered
     */
    Optional<UserProfile> findByFiscalCode(Principal principal, FiscalCode fiscalCode);

    /**
     * Changes a profile.
     *
     * @param principal the acting principal, not null
     * @param command   the change, not null
     * @return the changed profile
     * @throws dev.sportello.ConflictException with {@code CONCURRENT_MODIFICATION} on a stale version
     */
    UserProfile update(Principal principal, UpdateProfile command);

    /**
     * Adds a contact point and sends it a one-time code (SMS or e-mail).
     *
     * @param principal the acting principal, not null
     * @param command   the contact, not null
     * @return the unverified contact point
     */
    ContactPoint addContact(Principal principal, AddContact command);

    /**
     * Sends a new one-time code to an unverified contact point.
     *
     * @param principal the acting principal, not null
     * @param command   which contact point, not null
     * @return the contact point
     */
    ContactPoint resendVerification(Principal principal, ResendVerification command);

    /**
     * Verifies a contact point with its one-time code. A wrong code uses up an attempt.
     *
     * @param principal the acting principal, not null
     * @param command   the code, not null
     * @return the verified contact point
     * @throws dev.sportello.RuleViolationException with {@code USR_VERIFICATION_CODE_WRONG},
     *         {@code USR_VERIFICATION_CODE_EXPIRED} or {@code USR_VERIFICATION_ATTEMPTS_EXHAUSTED}
     */
    ContactPoint verifyContact(Principal principal, VerifyContact command);

    /**
     * Records a consent choice.
     *
     * @param principal the acting principal, not null
     * @param command   the choice, not null
     * @return the consents after the change, with their history
     */
    Consents recordConsent(Principal principal, RecordConsent command);

    /**
     * Reads the consents and their history.
     *
     * @param principal the acting principal, not null
     * @param userId    the user, not null
     * @return the consents
     */
    Consents consents(Principal principal, UserId userId);

    /**
     * The grounds on which a user may use the fragile-users channel (R-USR-5): book callbacks, video calls
     * with a sign-language operator, or visits. Empty when the user is not eligible (companies and
     * intermediaries never are).
     *
     * @param principal the user (or delegate), an operator or a service, not null
     * @param userId    the user, not null
     * @return the grounds, empty if none
     */
    Set<FragileGround> fragileEligibility(Principal principal, UserId userId);
}
