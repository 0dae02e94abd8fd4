package dev.sportello.core.internal.users;

import dev.sportello.Channel;
import dev.sportello.ConflictException;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.UserSettings;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.NotificationsModule.ConsentEffects;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.offices.Office;
import dev.sportello.users.AddContact;
import dev.sportello.users.CompanyRegistrationNumber;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.Consents;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.FragileGround;
import dev.sportello.users.MunicipalityCode;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.RegisterCompany;
import dev.sportello.users.RegisterIntermediary;
import dev.sportello.users.Registration;
import dev.sportello.users.ResendVerification;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserEvents;
import dev.sportello.users.UserKind;
import dev.sportello.users.UserProfile;
import dev.sportello.users.Users;
import dev.sportello.users.VerifyContact;
import dev.sportello.users.spi.ConsentStore;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Users, contact points and consents (R-USR-1…5). A profile is read by its user (or whoever acts for
 * them), an operator of the competent office, or a service; changed by its user or a service.
 *
 * <p>Thread-safe.
 */
public final class UserService implements Users {
    private final Kernel kernel;
    private final ObjectAccess access;
    private final OfficeService offices;
    private final ContactPoints contacts;
    private final ConsentEffects consentEffects;
    private final UserSettings settings;

    /**
     * Creates the service.
     *
     * @param kernel         the kernel
     * @param access         the access checks
     * @param offices        the offices (the competent office)
     * @param notifier       the notifier (one-time codes)
     * @param consentEffects what a consent does to queued messages
     * @param settings       the users settings
     */
    public UserService(Kernel kernel, ObjectAccess access, OfficeService offices, Notifier notifier,
                       ConsentEffects consentEffects, UserSettings settings) {
        this.kernel = kernel;
        this.access = access;
        this.offices = offices;
        this.contacts = new ContactPoints(notifier, settings);
        this.consentEffects = consentEffects;
        this.settings = settings;
    }

    @Override
    public UserProfile register(Principal principal, Registration command) {
        return kernel.execute(principal, Operation.USER_REGISTER, command, tx -> {
            if (!(principal.actor() instanceof ServiceId) && !(principal.actor() instanceof OperatorId)) {
                throw ObjectAccess.roleRequired(Operation.USER_REGISTER, "a service or operator principal", null);
            }
            tx.store(UserStore.class).findByFiscalCode(command.fiscalCode()).ifPresent(existing -> {
                throw SportelloException.of(ErrorCode.USR_ALREADY_REGISTERED, Map.of("userId", existing.id().toString()));
            });
            UserRecord user;
            if (command instanceof RegisterCitizen c) {
                user = newUser(tx, UserKind.CITIZEN, c.taxCode(), c.name(), null, c.residence(), c);
            } else if (command instanceof RegisterCompany c) {
                tx.store(UserStore.class).findByRegistrationNumber(c.registrationNumber()).ifPresent(other -> {
                    throw SportelloException.of(ErrorCode.USR_ALREADY_REGISTERED, Map.of("userId", other.id().toString()));
                });
                user = newUser(tx, UserKind.COMPANY, c.vatNumber(), c.name(), c.registrationNumber(), c.registeredSeat(), c);
            } else {
                RegisterIntermediary c = (RegisterIntermediary) command;
                user = newUser(tx, UserKind.INTERMEDIARY, c.fiscalCode(), c.name(), null, c.municipality(), c);
            }
            offices.requireFor(user.municipality());
            try {
                tx.store(UserStore.class).insert(user);
            } catch (ConflictException e) {
                // a registration of the same code (or of its omocodia variant) committed meanwhile
                throw SportelloException.of(ErrorCode.USR_ALREADY_REGISTERED, Map.of("userId", "(a registration made at the same time)"),
                        List.of(), e);
            }
            tx.audit("USER_REGISTERED", user.id());
            tx.event(UserEvents.REGISTERED, user.id(), Map.of("kind", user.kind().name()));
            return UserRecords.profile(user);
        });
    }

    private static UserRecord newUser(Tx tx, UserKind kind, FiscalCode code, String name, CompanyRegistrationNumber number,
                                      MunicipalityCode municipality, Registration command) {
        return UserRecord.builder().id(new UserId(tx.newUuid())).kind(kind).fiscalCode(code)
                .name(name.strip()).registrationNumber(number).municipality(municipality)
                .language(command.language()).createdAt(tx.now()).updatedAt(tx.now()).build();
    }

    /** A user the principal may read: themselves, an operator of the competent office, a service. */
    private UserRecord readable(Tx tx, Operation operation, UserId id) {
        UserRecord user = UserRecords.require(tx, id);
        Office competent = offices.requireFor(user.municipality());
        access.require(tx.principal(), operation, new ObjectAccess.Bound(id, id, competent.code()), ObjectAccess.Rule.ANYONE);
        return user;
    }

    /** A user the principal may change: themselves (or whoever acts for them with a covering delegation), a service. */
    private UserRecord writable(Tx tx, Operation operation, UserId id) {
        UserRecord user = UserRecords.require(tx, id);
        access.requireOwner(tx.principal(), operation, id, id, true);
        return user;
    }

    @Override
    public UserProfile get(Principal principal, UserId userId) {
        Checks.notNull(userId, "get", "userId");
        return kernel.execute(principal, Operation.USER_READ,
                tx -> UserRecords.profile(readable(tx, Operation.USER_READ, userId)));
    }

    @Override
    public Optional<UserProfile> findByFiscalCode(Principal principal, FiscalCode fiscalCode) {
        Checks.notNull(fiscalCode, "findByFiscalCode", "fiscalCode");
        return kernel.execute(principal, Operation.USER_READ, tx -> {
            ObjectAccess.requireService(principal, Operation.USER_READ);
            return tx.store(UserStore.class).findByFiscalCode(fiscalCode).map(UserRecords::profile);
        });
    }

    @Override
    public UserProfile update(Principal principal, UpdateProfile command) {
        return kernel.execute(principal, Operation.USER_UPDATE, command, tx -> {
            UserRecord user = writable(tx, Operation.USER_UPDATE, command.userId());
            ObjectAccess.requireVersion(user.id(), user.version(), command.expectedVersion());
            if (command.municipality() != null) {
                offices.requireFor(command.municipality());
            }
            UserRecord changed = user.toBuilder().name(command.name() != null ? command.name().strip() : user.name())
                    .municipality(command.municipality() != null ? command.municipality() : user.municipality())
                    .language(command.language() != null ? command.language() : user.language())
                    .version(user.version() + 1).updatedAt(tx.now()).build();
            tx.store(UserStore.class).update(changed, user.version());
            tx.audit("USER_UPDATED", user.id());
            tx.event(UserEvents.UPDATED, user.id(), Map.of());
            return UserRecords.profile(changed);
        });
    }

    @Override
    public ContactPoint addContact(Principal principal, AddContact command) {
        return kernel.execute(principal, Operation.CONTACT_ADD, command,
                tx -> contacts.add(tx, writable(tx, Operation.CONTACT_ADD, command.userId()), command));
    }

    @Override
    public ContactPoint resendVerification(Principal principal, ResendVerification command) {
        return kernel.execute(principal, Operation.CONTACT_ADD, command,
                tx -> contacts.resend(tx, writable(tx, Operation.CONTACT_ADD, command.userId()), command));
    }

    @Override
    public ContactPoint verifyContact(Principal principal, VerifyContact command) {
        return kernel.executeSpendingAnAttempt(principal, Operation.CONTACT_VERIFY, command,
                tx -> contacts.verify(tx, writable(tx, Operation.CONTACT_VERIFY, command.userId()), command));
    }

    @Override
    public Consents recordConsent(Principal principal, RecordConsent command) {
        return kernel.execute(principal, Operation.CONSENT_RECORD, command, tx -> {
            Checks.argument(command.channel() != Channel.INBOX, "RecordConsent", "channel", "NotInbox",
                    "the inbox is always delivered; consents apply to SMS, EMAIL and PUSH");
            UserRecord user = writable(tx, Operation.CONSENT_RECORD, command.userId());
            tx.store(ConsentStore.class).append(new ConsentEvent(user.id(), command.channel(), command.choice(), tx.now(),
                    principal.actor(), principal.onBehalfOf()));
            if (command.choice() == ConsentChoice.CHANNEL_OPT_OUT) {
                consentEffects.cancelQueued(tx, user.id(), command.channel(), false, "cancelled by opt-out");
            } else if (command.choice() == ConsentChoice.PROACTIVE_WITHDRAWAL) {
                consentEffects.cancelQueued(tx, user.id(), command.channel(), true, "cancelled by withdrawal");
            }
            // a service records a consent only as an assisted channel it was granted (ServiceGrants): say so
            tx.audit(principal.actor() instanceof ServiceId ? "CONSENT_RECORDED_ASSISTED" : "CONSENT_RECORDED", user.id());
            tx.event(UserEvents.CONSENT_RECORDED, user.id(), Map.of("channel", command.channel().name(),
                    "choice", command.choice().name()));
            return new Consents(user.id(), tx.store(ConsentStore.class).history(user.id()));
        });
    }

    @Override
    public Consents consents(Principal principal, UserId userId) {
        Checks.notNull(userId, "consents", "userId");
        return kernel.execute(principal, Operation.CONSENT_READ, tx -> {
            UserRecord user = readable(tx, Operation.CONSENT_READ, userId);
            return new Consents(user.id(), tx.store(ConsentStore.class).history(user.id()));
        });
    }

    @Override
    public Set<FragileGround> fragileEligibility(Principal principal, UserId userId) {
        Checks.notNull(userId, "fragileEligibility", "userId");
        return kernel.execute(principal, Operation.FRAGILE_CHANNEL,
                tx -> fragileGrounds(tx, readable(tx, Operation.FRAGILE_CHANNEL, userId)));
    }

    /**
     * The fragile-users grounds of a user (R-USR-5): citizens only, from the register's facts and the age
     * that the tax code gives on today's date in Rome.
     *
     * @param tx   the transaction
     * @param user the user
     * @return the grounds, empty if none
     */
    public Set<FragileGround> fragileGrounds(Tx tx, UserRecord user) {
        if (user.kind() != UserKind.CITIZEN || !(user.fiscalCode() instanceof TaxCode taxCode)) {
            return Set.of();
        }
        LocalDate today = tx.now().atZone(Office.ROME).toLocalDate();
        return settings.fragilityRegister().flatMap(register -> register.facts(taxCode))
                .map(facts -> FragileEligibility.grounds(facts, taxCode.ageOn(today))).orElse(Set.of());
    }
}
