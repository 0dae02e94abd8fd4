package dev.sportello.core.internal.notifications;

import dev.sportello.ErrorCode;
import dev.sportello.Language;
import dev.sportello.Operation;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.notifications.InboxNotice;
import dev.sportello.notifications.NoticeId;
import dev.sportello.notifications.spi.EngagementStore;
import dev.sportello.notifications.spi.InboxStore;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The inbox (R-NOT-1, R-NOT-2): listing, opening, the accessible text, and the anonymous counting of
 * views and clicks of proactive content (R-NOT-4).
 *
 * <p>Thread-safe.
 */
final class InboxService {
    private final Kernel kernel;
    private final ObjectAccess access;
    private final ZoneId zone;

    InboxService(Kernel kernel, ObjectAccess access, ZoneId zone) {
        this.kernel = kernel;
        this.access = access;
        this.zone = zone;
    }

    Page<InboxNotice> inbox(Principal principal, UserId user, PageRequest page) {
        Checks.notNull(user, "inbox", "user");
        Checks.notNull(page, "inbox", "page");
        return kernel.execute(principal, Operation.INBOX_READ, page, tx -> {
            access.requireOwner(principal, Operation.INBOX_READ, user, user, true);
            Page<InboxNotice> found = tx.store(InboxStore.class).list(user, tx.now(), page);
            if (mayReadContent(principal, user)) {
                return found;
            }
            return new Page<>(found.items().stream().map(n -> n.content() == null ? n : n.toBuilder().content(null).build())
                    .toList(), found.nextCursor());
        });
    }

    /**
     * Whether a listing may carry the notices' personalised content (a medical report's benefits, for one):
     * only to the recipient in person with the guide's assurance level. Anyone else the inbox lets through
     * (a delegate, a service, a weaker credential) sees the notices without it and opens one to read it,
     * where the full check runs and a denial is audited.
     */
    private boolean mayReadContent(Principal principal, UserId user) {
        return principal.onBehalfOf() == null && user.equals(principal.actor())
                && kernel.guard().allows(principal, Operation.PROACTIVE_GUIDE_READ);
    }

    long unreadCount(Principal principal, UserId user) {
        Checks.notNull(user, "unreadCount", "user");
        return kernel.execute(principal, Operation.INBOX_READ, tx -> {
            access.requireOwner(principal, Operation.INBOX_READ, user, user, true);
            return tx.store(InboxStore.class).unread(user, tx.now());
        });
    }

    /** A notice the principal may read; its structured content needs the guide's assurance level. */
    private InboxNotice readable(Tx tx, Operation operation, NoticeId id) {
        Checks.notNull(id, operation.name(), "notice");
        InboxNotice notice = tx.store(InboxStore.class).find(id)
                .filter(n -> n.expiresAt() == null || tx.now().isBefore(n.expiresAt()))
                .orElseThrow(() -> SportelloException.of(ErrorCode.NOT_NOTICE_NOT_FOUND, Map.of("noticeId", id.toString())));
        access.requireOwner(tx.principal(), operation, notice.recipient(), id, true);
        if (notice.content() != null) {
            kernel.guard().check(tx.principal(), Operation.PROACTIVE_GUIDE_READ);
        }
        return notice;
    }

    InboxNotice open(Principal principal, NoticeId notice) {
        Checks.notNull(notice, "open", "notice");
        return kernel.execute(principal, Operation.INBOX_INTERACT, tx -> {
            InboxNotice found = readable(tx, Operation.INBOX_INTERACT, notice);
            if (found.readAt() != null || !found.recipient().equals(principal.subjectUser())) {
                return found;
            }
            tx.store(InboxStore.class).markRead(found.id(), tx.now());
            return found.toBuilder().readAt(tx.now()).build();
        });
    }

    String accessibleText(Principal principal, NoticeId notice) {
        Checks.notNull(notice, "accessibleText", "notice");
        return kernel.execute(principal, Operation.INBOX_READ, tx -> {
            InboxNotice found = readable(tx, Operation.INBOX_READ, notice);
            Language language = tx.store(UserStore.class).find(found.recipient()).map(UserRecord::language).orElse(Language.IT);
            return AccessibleText.of(found, language);
        });
    }

    void recordView(Principal principal, NoticeId notice) {
        Checks.notNull(notice, "recordView", "notice");
        kernel.execute(principal, Operation.INBOX_INTERACT, tx -> {
            InboxNotice found = readable(tx, Operation.INBOX_INTERACT, notice);
            tx.store(EngagementStore.class).increment(LocalDate.ofInstant(tx.now(), zone), found.kind(), "");
            return null;
        });
    }

    void recordClick(Principal principal, NoticeId notice, String callToAction) {
        Checks.notNull(notice, "recordClick", "notice");
        Checks.notNull(callToAction, "recordClick", "callToAction");
        kernel.execute(principal, Operation.INBOX_INTERACT, tx -> {
            InboxNotice found = readable(tx, Operation.INBOX_INTERACT, notice);
            boolean known = found.content() != null
                    && found.content().callsToAction().stream().anyMatch(c -> c.id().equals(callToAction));
            if (!known) {
                throw SportelloException.invalidField(ErrorCode.NOT_CALL_TO_ACTION_UNKNOWN, "callToAction",
                        Map.of("noticeId", notice.toString(), "callToAction", Text.truncate(callToAction, 40)));
            }
            tx.store(EngagementStore.class).increment(LocalDate.ofInstant(tx.now(), zone), found.kind(), callToAction);
            return null;
        });
    }
}
