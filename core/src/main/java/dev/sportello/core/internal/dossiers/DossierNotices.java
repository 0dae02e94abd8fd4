package dev.sportello.core.internal.dossiers;

import dev.sportello.Language;
import dev.sportello.UserId;
import dev.sportello.core.DossierSettings;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notification;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.notifications.Recipient;
import dev.sportello.dossiers.DossierChange;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.DossierMessageKinds;
import dev.sportello.dossiers.DossierStatus;
import dev.sportello.dossiers.Measure;
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.notifications.MessageKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the owner of a dossier is told (R-DOS-1): a status change, an outcome, a new measure, a new or
 * returned payment, a new document — an inbox notice always, SMS and e-mail as proactive messages under
 * the consent rules (R-USR-3, R-NOT-2). Nothing for a report that changed nothing.
 *
 * <p>Thread-safe.
 */
final class DossierNotices {
    private static final Map<Language, Map<DossierStatus, String>> PHASES = Map.of(
            Language.IT, Map.of(DossierStatus.RECEIVED, "ricevuta", DossierStatus.IN_PROGRESS, "in lavorazione",
                    DossierStatus.DECIDED, "definita", DossierStatus.CLOSED, "chiusa"),
            Language.EN, Map.of(DossierStatus.RECEIVED, "received", DossierStatus.IN_PROGRESS, "in progress",
                    DossierStatus.DECIDED, "decided", DossierStatus.CLOSED, "closed"),
            Language.DE, Map.of(DossierStatus.RECEIVED, "eingegangen", DossierStatus.IN_PROGRESS, "in Bearbeitung",
                    DossierStatus.DECIDED, "entschieden", DossierStatus.CLOSED, "abgeschlossen"));

    private final Notifier notifier;
    private final DossierSettings settings;

    DossierNotices(Notifier notifier, DossierSettings settings) {
        this.notifier = notifier;
        this.settings = settings;
    }

    void notifyChanges(Tx tx, DossierRecord record, Set<DossierChange> changes, List<Measure> measures,
                       List<Payment> payments, List<Payment> returned) {
        Recipient owner = notifier.recipients().of(tx, record.owner());
        if (changes.contains(DossierChange.STATUS)) {
            String status = record.statusNote() != null ? record.statusNote()
                    : PHASES.get(owner.language()).get(record.status());
            send(tx, owner, record, DossierMessageKinds.STATUS_CHANGED, Map.of("status", Text.truncate(status, 200)));
        }
        if (changes.contains(DossierChange.OUTCOME)) {
            send(tx, owner, record, DossierMessageKinds.OUTCOME, Map.of("outcome", Text.truncate(record.outcome().text(), 300)));
        }
        for (Measure measure : measures) {
            send(tx, owner, record, DossierMessageKinds.MEASURE, Map.of("measure", measure.kind()));
        }
        for (Payment payment : payments) {
            send(tx, owner, record, DossierMessageKinds.PAYMENT, amount(payment));
        }
        for (Payment payment : returned) {
            send(tx, owner, record, DossierMessageKinds.PAYMENT_RETURNED, amount(payment));
        }
    }

    /**
     * Reads the owners of a batch of reports, with their consents, before the batch is applied.
     *
     * @param tx     the batch's transaction
     * @param owners the owners
     */
    void prefetchOwners(Tx tx, Collection<UserId> owners) {
        notifier.recipients().prefetch(tx, owners);
    }

    /**
     * Whether a user exists, read once per transaction.
     *
     * @param tx    the transaction
     * @param owner the user
     * @return true when known
     */
    boolean ownerKnown(Tx tx, UserId owner) {
        return notifier.recipients().find(tx, owner).isPresent();
    }

    void notifyDocument(Tx tx, DossierRecord record, DossierDocument document) {
        send(tx, notifier.recipients().of(tx, record.owner()), record, DossierMessageKinds.DOCUMENT,
                Map.of("document", Text.truncate(document.title(), 200)));
    }

    private static Map<String, String> amount(Payment payment) {
        return Map.of("amount", payment.net().amount().toPlainString() + " " + payment.net().currency().getCurrencyCode(),
                "date", payment.date().toString());
    }

    private void send(Tx tx, Recipient owner, DossierRecord record, MessageKind kind, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(extra);
        values.put("dossier", record.id().value());
        values.put("kind", settings.kind(record.kind()).map(k -> k.label(owner.language())).orElse(record.kind().code()));
        notifier.notify(tx, Notification.to(owner, kind).values(values).proactive().build());
    }
}
