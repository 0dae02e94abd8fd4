package dev.sportello;

/**
 * Administration of the outbox: the dead letters and their re-drive, and the backlog. Every call needs
 * {@link Operation#ADMINISTRATION} and a service principal or a supervisor; a re-drive is audited.
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

    /**
     * How far behind the outbox is now: for a queue-depth gauge and an alert on the oldest due entry.
     * Not audited (it names no object, and gauges read it every few seconds).
     *
     * @param principal a service principal or supervisor, not null
     * @return the backlog, never null
     */
    OutboxBacklog backlog(Principal principal);
}
