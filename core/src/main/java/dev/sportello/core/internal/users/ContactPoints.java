package dev.sportello.core.internal.users;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.SportelloException;
import dev.sportello.core.UserSettings;
import dev.sportello.core.internal.kernel.Secrets;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notification;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactId;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.EmailAddress;
import dev.sportello.users.ResendVerification;
import dev.sportello.users.UserEvents;
import dev.sportello.users.UserMessageKinds;
import dev.sportello.users.VerifyContact;
import dev.sportello.users.spi.ContactRecord;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.Verification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Contact points and their verification with one-time codes (R-USR-3): a code of configurable digits,
 * stored only as a salted hash, valid for a while, with limited attempts; a wrong code uses up an
 * attempt even though the call fails.
 *
 * <p>Thread-safe.
 */
final class ContactPoints {
    private final Notifier notifier;
    private final UserSettings settings;

    ContactPoints(Notifier notifier, UserSettings settings) {
        this.notifier = notifier;
        this.settings = settings;
    }

    ContactPoint add(Tx tx, UserRecord user, AddContact command) {
        String value = command.kind() == ContactKind.MOBILE
                ? PhoneNumbers.mobile(command.value(), "value").e164() : parseEmail(command.value());
        for (ContactRecord existing : user.contacts()) {
            if (existing.kind() == command.kind() && existing.value().equals(value)) {
                throw SportelloException.of(ErrorCode.USR_CONTACT_DUPLICATE, Map.of("userId", user.id().toString(),
                        "kind", command.kind().name(), "contactId", existing.id().toString()));
            }
        }
        String code = Secrets.numericCode(settings.codeDigits());
        ContactRecord contact = new ContactRecord(new ContactId(tx.newUuid()), command.kind(), value,
                null, pending(tx, code), tx.now());
        List<ContactRecord> contacts = new ArrayList<>(user.contacts());
        contacts.add(contact);
        sendCode(tx, UserRecords.saveContacts(tx, user, contacts), contact, code);
        tx.audit("CONTACT_ADDED", contact.id());
        tx.event(UserEvents.CONTACT_ADDED, user.id(), Map.of("contactId", contact.id().toString(), "kind",
                command.kind().name()));
        return UserRecords.point(contact);
    }

    private static String parseEmail(String input) {
        try {
            return new EmailAddress(input).value();
        } catch (InvalidInputException e) {
            throw SportelloException.invalidField(ErrorCode.USR_EMAIL_INVALID, "value", Map.of());
        }
    }

    ContactPoint resend(Tx tx, UserRecord user, ResendVerification command) {
        ContactRecord contact = contact(user, command.contactId());
        if (contact.verifiedAt() != null) {
            throw SportelloException.of(ErrorCode.USR_CONTACT_ALREADY_VERIFIED, Map.of("contactId", contact.id().toString()));
        }
        String code = Secrets.numericCode(settings.codeDigits());
        ContactRecord renewed = new ContactRecord(contact.id(), contact.kind(), contact.value(), null,
                pending(tx, code), contact.createdAt());
        sendCode(tx, UserRecords.saveContacts(tx, user, replace(user, renewed)), renewed, code);
        tx.audit("CONTACT_CODE_RESENT", contact.id());
        return UserRecords.point(renewed);
    }

    ContactPoint verify(Tx tx, UserRecord user, VerifyContact command) {
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
            UserRecords.saveContacts(tx, user, replace(user, new ContactRecord(contact.id(), contact.kind(), contact.value(),
                    null, new Verification(pending.codeHash(), pending.expiresAt(), left), contact.createdAt())));
            tx.audit("CONTACT_CODE_REJECTED", contact.id());
            tx.failAfterCommit(SportelloException.of(ErrorCode.USR_VERIFICATION_CODE_WRONG,
                    Map.of("attemptsLeft", Integer.toString(left))));
            return UserRecords.point(contact);
        }
        ContactRecord verified = new ContactRecord(contact.id(), contact.kind(), contact.value(), tx.now(), null,
                contact.createdAt());
        UserRecords.saveContacts(tx, user, replace(user, verified));
        tx.audit("CONTACT_VERIFIED", contact.id());
        tx.event(UserEvents.CONTACT_VERIFIED, user.id(), Map.of("contactId", contact.id().toString(),
                "kind", contact.kind().name()));
        return UserRecords.point(verified);
    }

    private Verification pending(Tx tx, String code) {
        return new Verification(Secrets.hash(code), tx.now().plus(settings.codeValidity()), settings.codeAttempts());
    }

    private void sendCode(Tx tx, UserRecord user, ContactRecord contact, String code) {
        Channel channel = switch (contact.kind()) {
            case MOBILE -> Channel.SMS;
            case EMAIL -> Channel.EMAIL;
        };
        notifier.notify(tx, Notification.to(notifier.recipients().of(tx, user), UserMessageKinds.CONTACT_VERIFICATION)
                .on(channel).value("code", code).value("minutes", Long.toString(settings.codeValidity().toMinutes()))
                .verifying(contact).urgent().build());
    }

    private static ContactRecord contact(UserRecord user, ContactId id) {
        return user.contacts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                SportelloException.of(ErrorCode.USR_CONTACT_NOT_FOUND, Map.of("userId", user.id().toString(),
                        "contactId", id.toString())));
    }

    private static List<ContactRecord> replace(UserRecord user, ContactRecord contact) {
        return user.contacts().stream().map(c -> c.id().equals(contact.id()) ? contact : c).toList();
    }
}
