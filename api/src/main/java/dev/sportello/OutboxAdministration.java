package dev.sportello;

/**
 * Administration of the outbox: the dead letters and their re-drive. Every call needs
 * {@link Operation#ADMINISTRATION} and a service principal or a supervisor, and is audited.
 *
 * <p>Implementations are thread-safe.
 */
public interface OutboxAdministration {
    /**
     * The dead letters, oldest first.
     *
     * @param principal a service principal or supervisor, not null
     * @param page      the page, not null
     * @return the page, never null
     */
    Page<DeadLetter> deadLetters(Principal principal, PageRequest page);

    /**
     * Puts a dead letter back in the queue, due now, with its attempts reset.
     *
     * @param principal a service principal or supervisor, not null
     * @param entry     the entry, not null
     * @throws NotFoundException with {@link ErrorCode#OUT_ENTRY_NOT_FOUND}
     * @throws RuleViolationException with {@link ErrorCode#OUT_ENTRY_NOT_DEAD}
     */
    void redrive(Principal principal, OutboxEntryId entry);
}
