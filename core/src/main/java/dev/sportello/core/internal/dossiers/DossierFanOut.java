package dev.sportello.core.internal.dossiers;

import dev.sportello.core.internal.kernel.TaskType;
import dev.sportello.core.internal.kernel.Tx;


/**
 * The feed's fan-out (R-DOS-1): a feed transaction does not write the notices of its reports, it keeps
 * what each applied report changed ({@link DossierNews}) in one outbox task, written with the dossier rows
 * and their audit entries. The dispatcher runs the task after commit, in the transaction that marks it
 * done: it reads the owners with their consents in two statements, queues each report's domain event
 * (its id, time and actor fixed by the feed's transaction) and writes its inbox notices and messages under
 * the consent rules. So the notices are written exactly once, or retried with the task; a report that
 * changed nothing, or a batch that rolled back, leaves no task.
 *
 * <p>Thread-safe: stateless apart from the notices it writes through.
 */
final class DossierFanOut {
    /** The task type; its name is persisted with the entries. */
    static final TaskType<FeedNews> TASK = new TaskType<>("dossier.fan-out", FeedNews::encode, FeedNews::decode);

    private final DossierNotices notices;

    DossierFanOut(DossierNotices notices) {
        this.notices = notices;
    }

    /**
     * Runs a fan-out task.
     *
     * @param tx   the task's transaction
     * @param feed what the reports of one feed transaction changed, in their order
     */
    void run(Tx tx, FeedNews feed) {
        notices.prefetchOwners(tx, feed.items().stream().map(DossierNews::owner).distinct().toList());
        for (DossierNews one : feed.items()) {
            tx.enqueue(feed.event(one, tx.now()));
            notices.notifyChanges(tx, one);
        }
    }
}
