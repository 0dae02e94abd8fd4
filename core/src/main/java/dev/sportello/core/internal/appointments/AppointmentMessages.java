package dev.sportello.core.internal.appointments;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.UserId;
import dev.sportello.appointments.AppointmentMessageKinds;
import dev.sportello.appointments.ContactMode;
import dev.sportello.appointments.spi.AppointmentRecord;
import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notification;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.notifications.Recipient;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.SkipReason;
import dev.sportello.offices.Office;
import dev.sportello.spi.EmailAttachment;
import dev.sportello.users.ConsentEvent;
import dev.sportello.users.spi.ContactRecord;
import dev.sportello.users.spi.UserRecord;

import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The messages of appointments (R-APT-3, R-APT-4): confirmations with an RFC 5545 invitation, the
 * admission code of a video call, the reminder, cancellations, waitlist offers. Labels, the invitation's
 * location and its file name follow the user's language. A video call's confirmation carries its link,
 * so it is sent once the room is open.
 *
 * <p>Thread-safe.
 */
final class AppointmentMessages {
    private static final Set<Channel> ALL = EnumSet.allOf(Channel.class);
    private static final Map<Language, Map<ContactMode, String>> MODES = Map.of(
            Language.IT, Map.of(ContactMode.IN_PERSON, "in sede", ContactMode.PHONE_CALLBACK, "richiamata telefonica",
                    ContactMode.VIDEO_CALL, "videochiamata"),
            Language.EN, Map.of(ContactMode.IN_PERSON, "at the office", ContactMode.PHONE_CALLBACK, "phone callback",
                    ContactMode.VIDEO_CALL, "video call"),
            Language.DE, Map.of(ContactMode.IN_PERSON, "am Schalter", ContactMode.PHONE_CALLBACK, "Rückruf",
                    ContactMode.VIDEO_CALL, "Videoanruf"));

    private final Notifier notifier;
    private final AppointmentSettings settings;

    AppointmentMessages(Notifier notifier, AppointmentSettings settings) {
        this.notifier = notifier;
        this.settings = settings;
    }

    Recipient recipient(Tx tx, AppointmentRecord r) {
        return recipient(tx, r.owner());
    }

    Recipient recipient(Tx tx, UserId user) {
        return notifier.recipients().of(tx, user);
    }

    /** Keeps a user and consents the command read together, for the recipient of its messages. */
    void remember(Tx tx, UserRecord user, List<ConsentEvent> consents) {
        notifier.recipients().of(tx, user, consents);
    }

    /**
     * After a booking or a reschedule: the confirmation (a video call's comes with its room), the
     * admission code, and the reminder.
     */
    void booked(Tx tx, AppointmentRecord r, Office office, String topic, String code, boolean rescheduled) {
        Recipient owner = recipient(tx, r);
        Map<String, String> values = values(r, owner, office, topic);
        if (rescheduled || r.mode() != ContactMode.VIDEO_CALL) {
            // the answer to the user's own booking: sent at once, even in SMS quiet hours
            MessageKind kind = rescheduled ? AppointmentMessageKinds.RESCHEDULED : AppointmentMessageKinds.CONFIRMED;
            List<EmailAttachment> invitation = r.mode() == ContactMode.VIDEO_CALL ? List.of()
                    : invitation(tx, r, owner, office, topic, false);
            notifier.notify(tx, Notification.to(owner, kind).on(ALL).values(values).urgent().attachments(invitation).build());
        }
        if (code != null) {
            ContactRecord mobile = owner.verified(Channel.SMS).orElseThrow();
            notifier.notify(tx, Notification.to(owner, AppointmentMessageKinds.ADMISSION_CODE).on(Channel.SMS)
                    .value("code", code).value("when", values.get("when")).verifying(mobile).urgent().build());
        }
        Instant due = r.start().minus(settings.reminderBefore());
        Notification reminder = Notification.to(owner, AppointmentMessageKinds.REMINDER).on(Channel.SMS, Channel.PUSH)
                .values(values).at(due).urgent().cancellableAs(cancelKey(r)).build();
        if (due.isAfter(tx.now())) {
            notifier.notify(tx, reminder);
        } else {
            notifier.skip(tx, reminder, SkipReason.REMINDER_WINDOW_PASSED);
        }
    }

    /** The confirmation of a video call, once its room is open: how the call works, the link, the invitation. */
    void roomOpened(Tx tx, AppointmentRecord r, Office office, String topic) {
        Recipient owner = recipient(tx, r);
        Map<String, String> values = values(r, owner, office, topic);
        values.put("link", r.joinLink());
        notifier.notify(tx, Notification.to(owner, AppointmentMessageKinds.VIDEO_CALL_CONFIRMED)
                .on(Channel.INBOX, Channel.EMAIL, Channel.PUSH).values(values).urgent()
                .attachments(invitation(tx, r, owner, office, topic, false)).build());
    }

    void cancelled(Tx tx, AppointmentRecord r, Office office, String topic, String reason) {
        Recipient owner = recipient(tx, r);
        Map<String, String> values = values(r, owner, office, topic);
        values.put("reason", Text.truncate(reason, 500));
        notifier.notify(tx, Notification.to(owner, AppointmentMessageKinds.CANCELLED).on(ALL).values(values)
                .attachments(invitation(tx, r, owner, office, topic, true)).build());
    }

    void offered(Tx tx, Recipient owner, Office office, String topic, Instant start, Instant until) {
        notifier.notify(tx, Notification.to(owner, AppointmentMessageKinds.WAITLIST_OFFER).on(ALL)
                .value("when", Calendars.local(start, office.zone())).value("office", Text.truncate(office.name(), 40))
                .value("topic", Text.truncate(topic, 40)).value("until", Calendars.local(until, office.zone()))
                .urgent().build());
    }

    static String cancelKey(AppointmentRecord r) {
        return "appointment:" + r.id();
    }

    private static Map<String, String> values(AppointmentRecord r, Recipient owner, Office office, String topic) {
        Map<String, String> values = new HashMap<>();
        values.put("when", Calendars.local(r.start(), r.zone()));
        values.put("office", Text.truncate(office.name(), 40));
        values.put("mode", MODES.getOrDefault(owner.language(), MODES.get(Language.IT)).get(r.mode()));
        values.put("topic", Text.truncate(topic, 40));
        return values;
    }

    /** The .ics invitation (or cancellation), if the user has a verified e-mail address to receive it. */
    private List<EmailAttachment> invitation(Tx tx, AppointmentRecord r, Recipient owner, Office office, String topic,
                                             boolean cancel) {
        Optional<ContactRecord> email = owner.verified(Channel.EMAIL);
        if (email.isEmpty()) {
            return List.of();
        }
        Language language = owner.language();
        String where = switch (r.mode()) {
            case IN_PERSON -> office.name();
            case PHONE_CALLBACK -> switch (language) {
                case IT -> "Richiamata telefonica";
                case EN -> "Phone callback";
                case DE -> "Rückruf";
            };
            case VIDEO_CALL -> switch (language) {
                case IT -> "Videochiamata";
                case EN -> "Video call";
                case DE -> "Videoanruf";
            };
        };
        String description = topic + (r.joinLink() == null ? "" : "\n" + r.joinLink());
        Ics.Event event = new Ics.Event(r.id() + "@sportello", r.sequence(), tx.now(), r.start(), r.end(), r.zone(),
                topic + " – " + office.name(), description, where, r.joinLink() == null ? null : URI.create(r.joinLink()),
                office.name(), settings.organizer(), owner.user().name(), email.get().value());
        byte[] ics = cancel ? Ics.cancel(event) : Ics.request(event);
        String name = switch (language) {
            case IT -> cancel ? "annullamento.ics" : "appuntamento.ics";
            case EN -> cancel ? "cancellation.ics" : "appointment.ics";
            case DE -> cancel ? "absage.ics" : "termin.ics";
        };
        return List.of(new EmailAttachment(name, "text/calendar; method=" + (cancel ? "CANCEL" : "REQUEST")
                + "; charset=UTF-8", ics));
    }
}
