package dev.sportello.core.internal.fragile;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.fragile.ChannelStaff.Who;
import dev.sportello.core.internal.fragile.FragileRecords.Enrolled;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.core.internal.users.UserService;
import dev.sportello.fragile.Callback;
import dev.sportello.fragile.CallbackId;
import dev.sportello.fragile.CallbackQuery;
import dev.sportello.fragile.CallbackStatus;
import dev.sportello.fragile.ChannelContact;
import dev.sportello.fragile.ChannelContactId;
import dev.sportello.fragile.CompleteCallback;
import dev.sportello.fragile.ContactChannel;
import dev.sportello.fragile.ContactOutcome;
import dev.sportello.fragile.FragileEvents;
import dev.sportello.fragile.LeaveVoicemail;
import dev.sportello.fragile.RecordContact;
import dev.sportello.fragile.spi.CallbackRecord;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.offices.Operator;
import dev.sportello.offices.Skill;
import dev.sportello.users.FragileGround;
import dev.sportello.users.spi.UserRecord;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The channel's phone line (R-USR-5): calls and voicemails are contacts (who, when, how, outcome); a voicemail
 * becomes a callback for the user's competent office, due when it was left if the office was open then, else
 * at the office's next opening on its calendar, and queued for the operators of that office with the skill
 * {@link Skill#FRAGILE_CHANNEL} — and {@link Skill#SIGN_LANGUAGE} too when the user is deaf (R-USR-5 c), by the
 * grounds at enrolment or in the register today. An operator sees the callbacks due now that they have every
 * skill for, and completes one with its outcome, which records the call as a contact.
 *
 * <p>Thread-safe.
 */
final class PhoneLine {
    private static final Set<ContactChannel> RECORDED_DIRECTLY = EnumSet.of(ContactChannel.PHONE_CALL,
            ContactChannel.PORTAL, ContactChannel.EMAIL);

    private final Kernel kernel;
    private final ChannelStaff staff;
    private final OfficeService offices;
    private final UserService users;
    private final OfficeHours hours;

    PhoneLine(Kernel kernel, ChannelStaff staff, OfficeService offices, UserService users, OfficeHours hours) {
        this.kernel = kernel;
        this.staff = staff;
        this.offices = offices;
        this.users = users;
        this.hours = hours;
    }

    ChannelContact recordContact(Principal principal, RecordContact command) {
        return kernel.execute(principal, Operation.FRAGILE_PHONE_LINE, command, tx -> {
            Checks.argument(RECORDED_DIRECTLY.contains(command.channel()), "RecordContact", "channel", "Recordable",
                    "PHONE_CALL, PORTAL or EMAIL: voicemails and callbacks have their own calls");
            Enrolled enrolled = FragileRecords.require(tx, offices, command.user(), (u, office) -> staff.require(
                    principal, Operation.FRAGILE_PHONE_LINE, command.user(), command.user(), office.code(),
                    Who.STAFF_SERVICE, Set.of()));
            return contact(tx, command.user(), command.channel(), command.outcome(), tx.now());
        });
    }

    Callback leaveVoicemail(Principal principal, LeaveVoicemail command) {
        return kernel.execute(principal, Operation.FRAGILE_PHONE_LINE, command, tx -> {
            if (command.leftAt().isAfter(tx.now())) {
                throw SportelloException.invalidField(ErrorCode.FRG_VOICEMAIL_IN_FUTURE, "leftAt", Map.of());
            }
            Enrolled enrolled = FragileRecords.require(tx, offices, command.user(), (u, office) -> staff.require(
                    principal, Operation.FRAGILE_PHONE_LINE, command.user(), command.user(), office.code(),
                    Who.STAFF_SERVICE, Set.of()));
            Set<Skill> skills = EnumSet.of(Skill.FRAGILE_CHANNEL);
            if (deaf(tx, enrolled)) {
                skills.add(Skill.SIGN_LANGUAGE);
            }
            Instant due = hours.openAtOrNext(tx, enrolled.office(), command.leftAt());
            contact(tx, command.user(), ContactChannel.VOICEMAIL, ContactOutcome.CALLBACK_QUEUED, command.leftAt());
            CallbackRecord callback = CallbackRecord.builder().id(new CallbackId(tx.newUuid())).user(command.user())
                    .office(enrolled.office().code()).skills(skills).number(command.callbackNumber())
                    .leftAt(command.leftAt()).dueAt(due).status(CallbackStatus.OPEN).version(0).build();
            tx.store(FragileStore.class).insertCallback(callback);
            tx.audit("FRAGILE_CALLBACK_QUEUED", callback.id());
            tx.event(FragileEvents.CALLBACK_QUEUED, callback.id(), Map.of("office", callback.office().value(),
                    "dueAt", due.toString()));
            return FragileRecords.view(callback);
        });
    }

    Page<Callback> callbacks(Principal principal, CallbackQuery query) {
        return kernel.execute(principal, Operation.FRAGILE_PHONE_LINE, query, tx -> {
            Operator operator = staff.requireOperatorOf(principal, Operation.FRAGILE_PHONE_LINE, query.office());
            Page<CallbackRecord> page = tx.store(FragileStore.class).openCallbacks(query.office(), operator.skills(),
                    tx.now(), query.page());
            return new Page<>(page.items().stream().map(FragileRecords::view).toList(), page.nextCursor());
        });
    }

    Callback completeCallback(Principal principal, CompleteCallback command) {
        return kernel.execute(principal, Operation.FRAGILE_PHONE_LINE, command, tx -> {
            FragileStore store = tx.store(FragileStore.class);
            CallbackRecord callback = store.findCallback(command.callback()).orElseThrow(() ->
                    SportelloException.of(ErrorCode.FRG_CALLBACK_NOT_FOUND, Map.of("callbackId",
                            command.callback().toString())));
            staff.require(principal, Operation.FRAGILE_PHONE_LINE, callback.id(), callback.user(), callback.office(),
                    Who.STAFF, callback.skills());
            ObjectAccess.requireVersion(callback.id(), callback.version(), command.expectedVersion());
            if (callback.status() == CallbackStatus.DONE) {
                throw SportelloException.of(ErrorCode.FRG_CALLBACK_DONE, Map.of("callbackId", callback.id().toString()));
            }
            CallbackRecord done = callback.toBuilder().status(CallbackStatus.DONE).outcome(command.outcome())
                    .completedBy(principal.actor()).completedAt(tx.now()).version(callback.version() + 1).build();
            store.updateCallback(done, callback.version());
            contact(tx, callback.user(), ContactChannel.CALLBACK, command.outcome(), tx.now());
            tx.audit("FRAGILE_CALLBACK_COMPLETED", callback.id());
            tx.event(FragileEvents.CALLBACK_COMPLETED, callback.id(), Map.of("office", callback.office().value(),
                    "outcome", command.outcome().name()));
            return FragileRecords.view(done);
        });
    }

    List<ChannelContact> contacts(Principal principal, UserId user) {
        Checks.notNull(user, "contacts", "user");
        return kernel.execute(principal, Operation.FRAGILE_CHANNEL, tx -> {
            UserRecord record = UserRecords.require(tx, user);
            staff.require(principal, Operation.FRAGILE_CHANNEL, user, user,
                    offices.requireFor(record.municipality()).code(), Who.OWNER_STAFF_SERVICE, Set.of());
            return tx.store(FragileStore.class).contactsOf(user);
        });
    }

    private boolean deaf(Tx tx, Enrolled enrolled) {
        return enrolled.enrolment().grounds().contains(FragileGround.DEAF)
                || users.fragileGrounds(tx, enrolled.user()).contains(FragileGround.DEAF);
    }

    private static ChannelContact contact(Tx tx, UserId user, ContactChannel channel, ContactOutcome outcome,
                                          Instant at) {
        ChannelContact contact = new ChannelContact(new ChannelContactId(tx.newUuid()), user, channel, outcome, at,
                tx.principal().actor());
        tx.store(FragileStore.class).addContact(contact);
        tx.audit("FRAGILE_CONTACT_RECORDED", contact.id());
        tx.event(FragileEvents.CONTACT_RECORDED, contact.id(), Map.of("channel", channel.name(), "outcome",
                outcome.name()));
        return contact;
    }
}
