package dev.sportello.core.users;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.VerificationSettings;
import dev.sportello.core.kernel.Access;
import dev.sportello.core.kernel.Checks;
import dev.sportello.core.kernel.Kernel;
import dev.sportello.core.kernel.Secrets;
import dev.sportello.core.kernel.Tx;
import dev.sportello.core.notifications.Notification;
import dev.sportello.core.notifications.NotificationService;
import dev.sportello.core.notifications.Notifier;
import dev.sportello.core.offices.OfficeService;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.Purpose;
import dev.sportello.offices.Office;
import dev.sportello.offices.Operator;
import dev.sportello.spi.ContactRecord;
import dev.sportello.spi.FragilityRegister;
import dev.sportello.spi.UserRecord;
import dev.sportello.spi.Verification;
import dev.sportello.users.AddContact;
import dev.sportello.users.ConsentChoice;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.Consents;
import dev.sportello.users.ContactId;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.FiscalCode;
import dev.sportello.users.FragileGround;
import dev.sportello.users.RecordConsent;
import dev.sportello.users.RegisterCitizen;
import dev.sportello.users.RegisterCompany;
import dev.sportello.users.RegisterIntermediary;
import dev.sportello.users.Registration;
import dev.sportello.users.ResendVerification;
import dev.sportello.users.TaxCode;
import dev.sportello.users.UpdateProfile;
import dev.sportello.users.UserKind;
import dev.sportello.users.UserProfile;
import dev.sportello.users.Users;
import dev.sportello.users.VerifyContact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Users, contact points and consents.
 *
 * <p>Thread-safe.
 */
public final class UserService implements Users {
    private final Kernel kernel;
    private final OfficeService offices;
    private final Notifier notifier;
    private final VerificationSettings verification;
    private final FragilityRegister fragility;

    /**
     * Creates the service.
     *
     * @param kernel       the kernel
     * @param offices      the offices (for the competent office)
     * @param notifier     the notifier (for one-time codes)
     * @param verification the one-time code settings
     */
    public UserService(Kernel kernel, OfficeService offices, Notifier notifier, VerificationSettings verification,
                       FragilityRegister fragility) {
        this.kernel = kernel;
        this.offices = offices;
        this.notifier = notifier;
        this.verification = verification;
        this.fragility = fragility;
    }

    @Override
    public UserProfile register(Principal principal, Registration command) {
        return kernel.execute(principal, Operation.USER_REGISTER, command, tx -> {
            if (!(principal.actor() instanceof ServiceId) && !(principal.actor() instanceof OperatorId)) {
                throw Access.roleRequired(Operation.USER_REGISTER, "a service or operator principal");
            }
            Optional<UserRecord> existing = tx.stores().users().findByFiscalCode(command.fiscalCode());
            if (existing.isPresent()) {
                throw SportelloException.of(ErrorCode.USR_ALREADY_REGISTERED, Map.of("userId", existing.get().id().toString()));
            }
            UserRecord user;
            if (command instanceof RegisterCitizen c) {
                user = newUser(tx, UserKind.CITIZEN, c.taxCode(), c.name(), null, c.residence(), c);
            } else if (command instanceof RegisterCompany c) {
                tx.stores().users().findByRegistrationNumber(c.registrationNumber()).ifPresent(other -> {
                    throw SportelloException.of(ErrorCode.USR_ALREADY_REGISTERED, Map.of("userId", other.id().toString()));
                });
                user = newUser(tx, UserKind.COMPANY, c.vatNumber(), c.name(), c.registrationNumber(), c.registeredSeat(), c);
            } else {
                RegisterIntermediary c = (RegisterIntermediary) command;
                user = newUser(tx, UserKind.INTERMEDIARY, c.fiscalCode(), c.name(), null, c.municipality(), c);
            }
            offices.requireFor(user.municipality());
            tx.stores().users().insert(user);
            tx.audit("USER_REGISTERED", "user", user.id());
            tx.event("user.registered", "user", user.id(), Map.of("kind", user.kind().name()));
            return profile(user);
        });
    }

    private static UserRecord newUser(Tx tx, UserKind kind, FiscalCode code, String name,
                                      dev.sportello.users.CompanyRegistrationNumber number,
                                      dev.sportello.users.MunicipalityCode municipality, Registration command) {
        return new UserRecord(new UserId(UUID.fromString(tx.newId())), kind, code, name.strip(), number, municipality,
                command.language(), List.of(), 0, tx.now(), tx.now());
    }

    private UserRecord readable(Tx tx, Principal principal, UserId id) {
        UserRecord user = require(tx, id);
        if (principal.actor() instanceof OperatorId operatorId) {
            Operator operator = offices.requireOperator(operatorId);
            Office competent = offices.requireFor(user.municipality());
            if (!operator.office().equals(competent.code())) {
                throw SportelloException.of(ErrorCode.ACCESS_WRONG_OFFICE, Map.of("operatorId", operatorId.toString(),
                        "office", competent.code().value(), "objectType", "user", "objectId", id.toString()));
            }
            return user;
        }
        Access.requireOwnerOrService(principal, id, "user", id);
        return user;
    }

    private UserRecord writable(Tx tx, Principal principal, UserId id) {
        UserRecord user = require(tx, id);
        Access.requireOwnerOrService(principal, id, "user", id);
        return user;
    }

    /**
     * A user, or a not-found error.
     *
     * @param tx the transaction
     * @param id the user
     * @return the user
     */
    public static UserRecord require(Tx tx, UserId id) {
        return tx.stores().users().find(id).orElseThrow(() ->
                SportelloException.of(ErrorCode.USR_NOT_FOUND, Map.of("userId", id.toString())));
    }

    @Override
    public UserProfile get(Principal principal, UserId userId) {
        Checks.notNull(userId, "get", "userId");
        return kernel.execute(principal, Operation.USER_READ, null, tx -> profile(readable(tx, principal, userId)));
    }

    @Override
    public Optional<UserProfile> findByFiscalCode(Principal principal, FiscalCode fiscalCode) {
        Checks.notNull(fiscalCode, "findByFiscalCode", "fiscalCode");
        return kernel.execute(principal, Operation.USER_READ, null, tx -> {
            Access.requireService(principal, Operation.USER_READ);
            return tx.stores().users().findByFiscalCode(fiscalCode).map(UserService::profile);
        });
    }

    @Override
    public UserProfile update(Principal principal, UpdateProfile command) {
        return kernel.execute(principal, Operation.USER_UPDATE, command, tx -> {
            UserRecord user = writable(tx, principal, command.userId());
            if (command.municipality() != null) {
                offices.requireFor(command.municipality());
            }
            UserRecord changed = new UserRecord(user.id(), user.kind(), user.fiscalCode(),
                    command.name() != null ? command.name().strip() : user.name(), user.registrationNumber(),
                    command.municipality() != null ? command.municipality() : user.municipality(),
                    command.language() != null ? command.language() : user.language(), user.contacts(),
                    command.expectedVersion() + 1, user.createdAt(), tx.now());
            tx.stores().users().update(changed, command.expectedVersion());
            tx.audit("USER_UPDATED", "user", user.id());
            tx.event("user.updated", "user", user.id(), Map.of());
            return profile(changed);
        });
    }

    @Override
    public ContactPoint addContact(Principal principal, AddContact command) {
        return kernel.execute(principal, Operation.CONTACT_ADD, command, tx -> {
            UserRecord user = writable(tx, principal, command.userId());
            String value = command.kind() == ContactKind.MOBILE
                    ? PhoneNumbers.mobile(command.value(), "value").e164()
                    : parseEmail(command.value());
            for (ContactRecord existing : user.contacts()) {
                if (existing.kind() == command.kind() && existing.value().equals(value)) {
                    throw SportelloException.of(ErrorCode.USR_CONTACT_DUPLICATE, Map.of("userId", user.id().toString(),
                            "kind", command.kind().name(), "contactId", existing.id().toString()));
                }
            }
            String code = Secrets.numericCode(verification.codeDigits());
            ContactRecord contact = new ContactRecord(new ContactId(UUID.fromString(tx.newId())), command.kind(), value,
                    null, pending(tx, code), tx.now());
            List<ContactRecord> contacts = new ArrayList<>(user.contacts());
            contacts.add(contact);
            save(tx, user, contacts);
            sendCode(tx, user, contact, code);
            tx.audit("CONTACT_ADDED", "contact", contact.id());
            tx.event("contact.added", "user", user.id(), Map.of("contactId", contact.id().toString(), "kind", command.kind().name()));
            return point(contact);
        });
    }

    private static String parseEmail(String input) {
        try {
            return new EmailAddress(input).value();
        } catch (dev.sportello.InvalidInputException e) {
            throw SportelloException.invalidField(ErrorCode.USR_EMAIL_INVALID, "value", Map.of());
        }
    }

    @Override
    public ContactPoint resendVerification(Principal principal, ResendVerification command) {
        return kernel.execute(principal, Operation.CONTACT_ADD, command, tx -> {
            UserRecord user = writable(tx, principal, command.userId());
            ContactRecord contact = contact(user, command.contactId());
            if (contact.verifiedAt() != null) {
                throw SportelloException.of(ErrorCode.USR_CONTACT_ALREADY_VERIFIED, Map.of("contactId", contact.id().toString()));
            }
            String code = Secrets.numericCode(verification.codeDigits());
            ContactRecord renewed = new ContactRecord(contact.id(), contact.kind(), contact.value(), null,
                    pending(tx, code), contact.createdAt());
            save(tx, user, replace(user, renewed));
            sendCode(tx, user, renewed, code);
            tx.audit("CONTACT_CODE_RESENT", "contact", contact.id());
            return point(renewed);
        });
    }

    @Override
    public ContactPoint verifyContact(Principal principal, VerifyContact command) {
        return kernel.execute(principal, Operation.CONTACT_VERIFY, command, tx -> {
            UserRecord user = writable(tx, principal, command.userId());
            ContactRecord contact = contact(user, command.contactId());
            if (contact.verifiedAt() != null) {
                throw SportelloException.of(ErrorCode.USR_CONTACT_ALREADY_VERIFIED, Map.of("contactId", contact.id().toString()));
            }
            Verification pending = contact.verification();
            if (pending == null || pending.attemptsLeft() == 0) {
                throw SportelloException.of(ErrorCode.USR_VERIFICATION_ATTEMPTS_EXHAUSTED, Map.of());
            }
            if (!tx.now().isBefore(pending.expiresAt())) {
                throw SportelloException.of(ErrorCode.USR_VERIFICATION_CODE_EXPIRED,
                        Map.of("expiredAt", pending.expiresAt().toString()));
            }
            if (!Secrets.matches(command.code(), pending.codeHash())) {
                int left = pending.attemptsLeft() - 1;
                save(tx, user, replace(user, new ContactRecord(contact.id(), contact.kind(), contact.value(), null,
                        new Verification(pending.codeHash(), pending.expiresAt(), left), contact.createdAt())));
                tx.audit("CONTACT_CODE_REJECTED", "contact", contact.id());
                tx.failAfterCommit(SportelloException.of(ErrorCode.USR_VERIFICATION_CODE_WRONG,
                        Map.of("attemptsLeft", Integer.toString(left))));
                return point(contact);
            }
            ContactRecord verified = new ContactRecord(contact.id(), contact.kind(), contact.value(), tx.now(), null,
                    contact.createdAt());
            save(tx, user, replace(user, verified));
            tx.audit("CONTACT_VERIFIED", "contact", contact.id());
            tx.event("contact.verified", "user", user.id(), Map.of("contactId", contact.id().toString(),
                    "kind", contact.kind().name()));
            return point(verified);
        });
    }

    private Verification pending(Tx tx, String code) {
        return new Verification(Secrets.hash(code), tx.now().plus(verification.validity()), verification.maxAttempts());
    }

    private void sendCode(Tx tx, UserRecord user, ContactRecord contact, String code) {
        Channel channel = contact.kind() == ContactKind.MOBILE ? Channel.SMS : Channel.EMAIL;
        notifier.notify(tx, new Notification(user.id(), MessageKind.CONTACT_VERIFICATION, java.util.Set.of(channel),
                Map.of("code", code, "minutes", Long.toString(verification.validity().toMinutes())),
                Purpose.VERIFICATION, null, true, null, contact, List.of()));
    }

    private static ContactRecord contact(UserRecord user, ContactId id) {
        return user.contacts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                SportelloException.of(ErrorCode.USR_CONTACT_NOT_FOUND, Map.of("userId", user.id().toString(),
                        "contactId", id.toString())));
    }

    private static List<ContactRecord> replace(UserRecord user, ContactRecord contact) {
        return user.contacts().stream().map(c -> c.id().equals(contact.id()) ? contact : c).toList();
    }

    private static void save(Tx tx, UserRecord user, List<ContactRecord> contacts) {
        tx.stores().users().update(new UserRecord(user.id(), user.kind(), user.fiscalCode(), user.name(),
                user.registrationNumber(), user.municipality(), user.language(), contacts, user.version() + 1,
                user.createdAt(), tx.now()), user.version());
    }

    @Override
    public Consents recordConsent(Principal principal, RecordConsent command) {
        return kernel.execute(principal, Operation.CONSENT_RECORD, command, tx -> {
            Checks.argument(command.channel() != Channel.INBOX, "RecordConsent", "channel", "NotInbox",
                    "the inbox is always delivered; consents apply to SMS, EMAIL and PUSH");
            UserRecord user = writable(tx, principal, command.userId());
            tx.stores().consents().append(new ConsentEvent(user.id(), command.channel(), command.choice(), tx.now(),
                    principal.actor(), principal.onBehalfOf()));
            if (command.choice() == ConsentChoice.CHANNEL_OPT_OUT) {
                NotificationService.cancelQueued(tx, user.id(), command.channel(), false, "cancelled by opt-out");
            } else if (command.choice() == ConsentChoice.PROACTIVE_WITHDRAWAL) {
                NotificationService.cancelQueued(tx, user.id(), command.channel(), true, "cancelled by withdrawal");
            }
            tx.audit("CONSENT_RECORDED", "user", user.id());
            tx.event("consent.recorded", "user", user.id(), Map.of("channel", command.channel().name(),
                    "choice", command.choice().name()));
            return new Consents(user.id(), tx.stores().consents().history(user.id()));
        });
    }

    @Override
    public Consents consents(Principal principal, UserId userId) {
        Checks.notNull(userId, "consents", "userId");
        return kernel.execute(principal, Operation.CONSENT_READ, null, tx -> {
            UserRecord user = readable(tx, principal, userId);
            return new Consents(user.id(), tx.stores().consents().history(user.id()));
        });
    }

    @Override
    public Set<FragileGround> fragileEligibility(Principal principal, UserId userId) {
        Checks.notNull(userId, "fragileEligibility", "userId");
        return kernel.execute(principal, Operation.FRAGILE_CHANNEL, null, tx -> fragileGrounds(tx, readable(tx, principal, userId)));
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
        return fragility.facts(taxCode).map(facts -> FragileEligibility.grounds(facts, taxCode.ageOn(today))).orElse(Set.of());
    }

    /**
     * The public view of a stored user.
     *
     * @param user the record
     * @return the profile
     */
    public static UserProfile profile(UserRecord user) {
        return new UserProfile(user.id(), user.kind(), user.fiscalCode(), user.name(), user.registrationNumber(),
                user.municipality(), user.language(), user.contacts().stream().map(UserService::point).toList(),
                user.version(), user.createdAt(), user.updatedAt());
    }

    private static ContactPoint point(ContactRecord c) {
        return new ContactPoint(c.id(), c.kind(), c.value(), c.verifiedAt() != null, c.verifiedAt(), c.createdAt());
    }
}
