package dev.sportello.tck;

/**
 * What an attacker with write access to the adapter's storage could do to the audit trail, done behind
 * the SDK's back, so that the TCK can show that the SDK's verifier finds it. An adapter supplies it if it
 * can ({@link SportelloTck#auditTampering()}); the tampering tests are skipped otherwise.
 *
 * <p>Implementations are used from the test thread only.
 */
public interface AuditTampering {
    /**
     * Rewrites the action of a stored entry, leaving its hashes as they were.
     *
     * @param entryId the entry
     * @param action  the new action
     */
    void changeAction(String entryId, String action);

    /**
     * Deletes a stored entry, leaving the stream's head as it was.
     *
     * @param entryId the entry
     */
    void delete(String entryId);
}
