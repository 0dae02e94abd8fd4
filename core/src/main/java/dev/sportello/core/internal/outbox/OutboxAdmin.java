package dev.sportello.core.internal.outbox;

import dev.sportello.DeadLetter;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OutboxAdministration;
import dev.sportello.OutboxBacklog;
import dev.sportello.OutboxEntryId;
import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.notifications.MessageId;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.spi.MessageStore;
import dev.sportello.notifications.spi.MessageTransition;
import dev.sportello.spi.OutboxEntry;
import dev.sportello.spi.OutboxKind;
import dev.sportello.spi.OutboxStatus;
import dev.sportello.spi.OutboxStore;

import java.util.List;
import java.util.Map;

/**
 * The administration of the outbox: dead letters and their re-drive, for services and supervisors.
 *
 * <p>Thread-safe.
 */
public final class OutboxAdmin implements OutboxAdministration {
    private final Kernel kernel;
    private final ObjectAccess access;

    /**
     * Creates the administration.
     *
     * @param kernel the kernel
     * @param access the access checks
     */
    public OutboxAdmin(Kernel kernel, ObjectAccess access) {
        this.kernel = kernel;
        this.access = access;
    }

    @Override
    public Page<DeadLetter> deadLetters(Principal principal, PageRequest page) {
        Checks.notNull(page, "deadLetters", "page");
        return kernel.execute(principal, Operation.ADMINISTRATION, page, tx -> {
            access.requireAdministrator(principal, Operation.ADMINISTRATION);
            Page<OutboxEntry> dead = tx.store(OutboxStore.class).list(OutboxStatus.DEAD, page);
            return new Page<>(dead.items().stream().map(e -> new DeadLetter(OutboxEntryId.of(e.id()), e.kind().name(),
                    e.type(), e.attempts(), e.lastError() == null ? "" : e.lastError(), e.createdAt(), e.updatedAt())).toList(),
                    dead.nextCursor());
        });
    }

    @Override
    public void redrive(Principal principal, OutboxEntryId entryId) {
        Checks.notNull(entryId, "redrive", "entry");
        kernel.execute(principal, Operation.ADMINISTRATION, tx -> {
            access.requireAdministrator(principal, Operation.ADMINISTRATION);
            String id = entryId.toString();
            OutboxEntry entry = tx.store(OutboxStore.class).find(id).orElseThrow(() ->
                    SportelloException.of(ErrorCode.OUT_ENTRY_NOT_FOUND, Map.of("entryId", id)));
            if (!tx.store(OutboxStore.class).redrive(id, tx.now())) {
                throw SportelloException.of(ErrorCode.OUT_ENTRY_NOT_DEAD, Map.of("entryId", id,
                        "status", entry.status().name()));
            }
            if (entry.kind() == OutboxKind.MESSAGE) {
                tx.store(MessageStore.class).transition(List.of(new MessageTransition(MessageId.of(id), MessageStatus.FAILED,
                        MessageStatus.QUEUED, tx.now(), "re-driven", null, 0)));
            }
            tx.audit("OUTBOX_REDRIVEN", entryId);
            return null;
        });
    }

    @Override
    public OutboxBacklog backlog(Principal principal) {
        return kernel.execute(principal, Operation.ADMINISTRATION, tx -> {
            access.requireAdministrator(principal, Operation.ADMINISTRATION);
            return tx.store(OutboxStore.class).findBacklog(tx.now());
        });
    }
}
