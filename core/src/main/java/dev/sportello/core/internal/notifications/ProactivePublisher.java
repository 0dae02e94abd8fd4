package dev.sportello.core.internal.notifications;

import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.PublishProactiveNotice;
import dev.sportello.notifications.spi.InboxStore;

/**
 * Proactive notices published by another area inside its own transaction (the medical-reports area's
 * notice of an issued report, from its outbox task): the same notice, expiry and consent-gated alert as
 * {@code Notifications.publishProactive}, without a principal of its own.
 *
 * <p>Thread-safe.
 */
public final class ProactivePublisher {
    private final ProactiveNotices notices;

    ProactivePublisher(ProactiveNotices notices) {
        this.notices = notices;
    }

    /**
     * Publishes a notice: the inbox notice (always), its expiry task, and the alert on the other channels under
     * the proactive consent rules (R-NOT-2, R-USR-3).
     *
     * @param tx      the transaction
     * @param command the notice, already valid (Bean Validation)
     * @return the notice
     */
    public InboxNotice publish(Tx tx, PublishProactiveNotice command) {
        return notices.publishIn(tx, command);
    }

    /**
     * Drops the content of a notice that a newer one replaces (a re-issued report), as its expiry would.
     *
     * @param tx     the transaction
     * @param notice the notice
     */
    public void withdraw(Tx tx, NoticeId notice) {
        tx.store(InboxStore.class).dropContent(notice);
    }
}
