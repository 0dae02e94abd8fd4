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
import dev.sportello.dossiers.Payment;
import dev.sportello.dossiers.spi.DossierRecord;
import dev.sportello.notifications.MessageKind;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What the owner of a dossier is told (R-DOS-1): a status change, an outcome, a new measure, a new or
 * returned payment, a new document — an inbox notice always, SMS and e-mail as proactive messages under
 * the consent rules (R-USR-3, R-NOT-2). Nothing for a report that changed nothing. The feed's notices are
 * written by its fan-out task after the feed's commit ({@link DossierFanOut}); a document's in the
 * transaction that stores it.
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

    /**
     * Tells an owner what one report changed, in the fan-out task's transaction: the news carries the
     * values as reported. An owner who no longer exists (erased since) is told nothing.
     *
     * @param tx   the task's transaction
     * @param news what the report changed
     */
    void notifyChanges(Tx tx, DossierNews news) {
        Recipient owner = notifier.recipients().find(tx, news.owner()).orElse(null);
        if (owner == null) {
            return;
        }
        String kind = settings.kind(news.kind()).map(k -> k.label(owner.language())).orElse(news.kind().code());
        if (news.changes().contains(DossierChange.STATUS)) {
            String status = news.statusNote() != null ? news.statusNote() : PHASES.get(owner.language()).get(news.status());
            send(tx, owner, news.dossier().value(), kind, DossierMessageKinds.STATUS_CHANGED,
                    Map.of("status", Text.truncate(status, 200)));
        }
        if (news.changes().contains(DossierChange.OUTCOME) && news.outcome() != null) {
            send(tx, owner, news.dossier().value(), kind, DossierMessageKinds.OUTCOME,
                    Map.of("outcome", Text.truncate(news.outcome(), 300)));
        }
        for (String measure : news.measures()) {
            send(tx, owner, news.dossier().value(), kind, DossierMessageKinds.MEASURE, Map.of("measure", measure));
        }
        for (DossierNews.Amount payment : news.payments()) {
            send(tx, owner, news.dossier().value(), kind, DossierMessageKinds.PAYMENT, amount(payment));
        }
        for (DossierNews.Amount payment : news.returned()) {
            send(tx, owner, news.dossier().value(), kind, DossierMessageKinds.PAYMENT_RETURNED, amount(payment));
        }
    }

    /**
     * Reads the owners of a fan-out task (and their consents) in two statements before they are told.
     *
     * @param tx     the task's transaction
     * @param owners the owners
     */
    void prefetchOwners(Tx tx, Collection<UserId> owners) {
        notifier.recipients().prefetch(tx, owners);
    }

    void notifyDocument(Tx tx, DossierRecord record, DossierDocument document) {
        Recipient owner = notifier.recipients().of(tx, record.owner());
        String kind = settings.kind(record.kind()).map(k -> k.label(owner.language())).orElse(record.kind().code());
        send(tx, owner, record.id().value(), kind, DossierMessageKinds.DOCUMENT,
                Map.of("document", Text.truncate(document.title(), 200)));
    }

    /** A payment as its notice shows it. */
    static DossierNews.Amount amountOf(Payment payment) {
        return new DossierNews.Amount(payment.net().amount().toPlainString() + " " + payment.net().currency().getCurrencyCode(),
                payment.date().toString());
    }

    private static Map<String, String> amount(DossierNews.Amount payment) {
        return Map.of("amount", payment.amount(), "date", payment.date());
    }

    private void send(Tx tx, Recipient owner, String dossier, String kindLabel, MessageKind kind, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(extra);
        values.put("dossier", dossier);
        values.put("kind", kindLabel);
        notifier.notify(tx, Notification.to(owner, kind).values(values).proactive().build());
    }
}
