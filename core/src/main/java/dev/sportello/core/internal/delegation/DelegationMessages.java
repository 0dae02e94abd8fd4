package dev.sportello.core.internal.delegation;

import dev.sportello.Channel;
import dev.sportello.Language;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notification;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.notifications.Recipient;
import dev.sportello.delegation.DelegationKind;
import dev.sportello.delegation.ExpiryReason;
import dev.sportello.delegation.spi.DelegationRecord;
import dev.sportello.notifications.MessageKind;
import dev.sportello.notifications.Urgency;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The messages of the delegation area: at each step both parties get an inbox notice, and an SMS and an
 * e-mail under the consent rules (an opt-out is respected, a verified contact is needed). Labels and times
 * follow each recipient's language and zone. The acceptance code is never in a message: the delegator gives
 * it to the delegate out of band.
 *
 * <p>Thread-safe.
 */
final class DelegationMessages {
    private static final Set<Channel> CHANNELS = EnumSet.of(Channel.INBOX, Channel.SMS, Channel.EMAIL);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final Map<Language, Map<DelegationKind, String>> KINDS = Map.of(
            Language.IT, Map.of(DelegationKind.MANDATE, "mandato dell'intermediario",
                    DelegationKind.DIGITAL_IDENTITY, "identità digitale",
                    DelegationKind.PARENTAL_RESPONSIBILITY, "responsabilità genitoriale",
                    DelegationKind.GUARDIANSHIP, "tutela"),
            Language.EN, Map.of(DelegationKind.MANDATE, "intermediary's mandate",
                    DelegationKind.DIGITAL_IDENTITY, "digital identity",
                    DelegationKind.PARENTAL_RESPONSIBILITY, "parental responsibility",
                    DelegationKind.GUARDIANSHIP, "guardianship"),
            Language.DE, Map.of(DelegationKind.MANDATE, "Mandat des Vermittlers",
                    DelegationKind.DIGITAL_IDENTITY, "digitale Identität",
                    DelegationKind.PARENTAL_RESPONSIBILITY, "elterliche Verantwortung",
                    DelegationKind.GUARDIANSHIP, "Vormundschaft"));
    private static final Map<Language, Map<ExpiryReason, String>> REASONS = Map.of(
            Language.IT, Map.of(ExpiryReason.VALIDITY_ENDED, "è terminato il periodo di validità",
                    ExpiryReason.NOT_ACCEPTED_IN_TIME, "non è stata accettata in tempo",
                    ExpiryReason.CAME_OF_AGE, "il minore è diventato maggiorenne"),
            Language.EN, Map.of(ExpiryReason.VALIDITY_ENDED, "its validity period ended",
                    ExpiryReason.NOT_ACCEPTED_IN_TIME, "it was not accepted in time",
                    ExpiryReason.CAME_OF_AGE, "the minor came of age"),
            Language.DE, Map.of(ExpiryReason.VALIDITY_ENDED, "die Gültigkeitsdauer ist abgelaufen",
                    ExpiryReason.NOT_ACCEPTED_IN_TIME, "sie wurde nicht rechtzeitig angenommen",
                    ExpiryReason.CAME_OF_AGE, "die minderjährige Person ist volljährig geworden"));

    private final Notifier notifier;

    DelegationMessages(Notifier notifier) {
        this.notifier = notifier;
    }

    /** A step the parties' own action caused: sent at once, even in SMS quiet hours. */
    void answer(Tx tx, DelegationRecord d, MessageKind kind) {
        both(tx, d, kind, Urgency.URGENT, null);
    }

    /** A step time caused (an expiry, the notice before a minor comes of age): SMS waits for the quiet hours' end. */
    void lapse(Tx tx, DelegationRecord d, MessageKind kind, ExpiryReason reason) {
        both(tx, d, kind, Urgency.NORMAL, reason);
    }

    private void both(Tx tx, DelegationRecord d, MessageKind kind, Urgency urgency, ExpiryReason reason) {
        Recipient delegator = notifier.recipients().of(tx, d.delegator());
        Recipient delegate = notifier.recipients().of(tx, d.delegate());
        for (Recipient to : new Recipient[]{delegator, delegate}) {
            Language language = to.language();
            Map<String, String> values = new HashMap<>();
            values.put("delegator", Text.truncate(delegator.user().name(), 60));
            values.put("delegate", Text.truncate(delegate.user().name(), 60));
            values.put("kind", KINDS.get(language).get(d.kind()));
            values.put("until", local(d.validUntil(), to.zone()));
            if (d.acceptBy() != null) {
                values.put("acceptBy", local(d.acceptBy(), to.zone()));
            }
            if (reason != null) {
                values.put("reason", REASONS.get(language).get(reason));
            }
            notifier.notify(tx, Notification.to(to, kind).on(CHANNELS).values(values).urgency(urgency).build());
        }
    }

    private static String local(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
