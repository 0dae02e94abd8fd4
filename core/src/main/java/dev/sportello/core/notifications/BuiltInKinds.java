package dev.sportello.core.notifications;

import dev.sportello.Channel;
import dev.sportello.notifications.MessageKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The message kinds of the SDK, with the placeholders their templates may use. */
final class BuiltInKinds {
    private static final Set<Channel> ALL = EnumSet.allOf(Channel.class);
    private static final Placeholder NAME = Placeholder.text("name", 60);
    private static final Placeholder OFFICE = Placeholder.text("office", 40);
    private static final Placeholder PROTOCOL = Placeholder.code("protocol", 40);
    private static final Placeholder SUBJECT = Placeholder.text("subject", 120);
    private static final Placeholder WHEN = Placeholder.code("when", 30);
    private static final Placeholder MODE = Placeholder.text("mode", 24);
    private static final Placeholder TOPIC = Placeholder.text("topic", 40);

    private BuiltInKinds() {
    }

    static List<KindSpec> all() {
        return List.of(
                KindSpec.of(MessageKind.CONTACT_VERIFICATION, EnumSet.of(Channel.SMS, Channel.EMAIL),
                        List.of(Placeholder.code("code", 10), Placeholder.code("minutes", 3))),
                KindSpec.of(MessageKind.REQUEST_REGISTERED, ALL, List.of(NAME, PROTOCOL, SUBJECT)),
                KindSpec.of(MessageKind.REQUEST_ROUTED, ALL, List.of(NAME, PROTOCOL, OFFICE)),
                KindSpec.of(MessageKind.REQUEST_INFO_REQUESTED, ALL,
                        List.of(NAME, PROTOCOL, Placeholder.text("comment", 1000))),
                KindSpec.of(MessageKind.REQUEST_CLOSED, ALL,
                        List.of(NAME, PROTOCOL, Placeholder.text("outcome", 60), Placeholder.text("comment", 1000))),
                KindSpec.of(MessageKind.APPOINTMENT_CONFIRMED, ALL, List.of(NAME, WHEN, OFFICE, MODE, TOPIC)),
                KindSpec.of(MessageKind.VIDEO_CALL_CONFIRMED, ALL,
                        List.of(NAME, WHEN, OFFICE, TOPIC, Placeholder.code("link", 300))),
                KindSpec.of(MessageKind.APPOINTMENT_ADMISSION_CODE, EnumSet.of(Channel.SMS),
                        List.of(Placeholder.code("code", 10), WHEN)),
                KindSpec.of(MessageKind.APPOINTMENT_REMINDER, ALL, List.of(NAME, WHEN, OFFICE, MODE, TOPIC)),
                KindSpec.of(MessageKind.APPOINTMENT_RESCHEDULED, ALL, List.of(NAME, WHEN, OFFICE, MODE, TOPIC)),
                KindSpec.of(MessageKind.APPOINTMENT_CANCELLED, ALL,
                        List.of(NAME, WHEN, OFFICE, TOPIC, Placeholder.text("reason", 500))),
                KindSpec.of(MessageKind.WAITLIST_OFFER, ALL,
                        List.of(NAME, WHEN, OFFICE, TOPIC, Placeholder.code("until", 30))),
                KindSpec.of(MessageKind.PROACTIVE_NOTICE, ALL, List.of(NAME, Placeholder.text("title", 200))));
    }
}
