package dev.sportello.core.internal.requests;

import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notification;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.notifications.MessageKind;
import dev.sportello.offices.Office;
import dev.sportello.requests.spi.RequestRecord;

import java.util.HashMap;
import java.util.Map;

/**
 * The messages of requests (R-REQ-3): to the owner and, when someone else sent it (a delegate, an
 * intermediary), to the sender too, on every channel under the consent rules.
 *
 * <p>Thread-safe.
 */
final class RequestMessages {
    private final Notifier notifier;

    RequestMessages(Notifier notifier) {
        this.notifier = notifier;
    }

    static Map<String, String> values(RequestRecord record, Office office) {
        Map<String, String> values = new HashMap<>();
        values.put("protocol", record.protocol().value());
        values.put("subject", Text.truncate(record.subject(), 120));
        values.put("office", Text.truncate(office.name(), 40));
        return values;
    }

    void notifyParties(Tx tx, RequestRecord record, MessageKind kind, Map<String, String> values) {
        notifier.notify(tx, Notification.to(notifier.recipients().of(tx, record.owner()), kind).values(values).build());
        if (record.submittedBy() instanceof UserId submitter && !submitter.equals(record.owner())) {
            notifier.notify(tx, Notification.to(notifier.recipients().of(tx, submitter), kind).values(values).build());
        }
    }
}
