package dev.sportello.adapters.memory;

import dev.sportello.Arguments;
import dev.sportello.AuditEntry;

import java.util.NavigableMap;

/**
 * Tampering with a memory storage's audit trail behind the SDK's back, as someone with access to the
 * process could: what the TCK uses to show that {@link dev.sportello.AuditTrail#verify} finds a changed or
 * removed entry on this storage as on a database. For tests only; the SDK never calls it.
 *
 * <p>Thread-safe: takes the storage's lock.
 */
public final class MemoryAuditTampering {
    private MemoryAuditTampering() {
    }

    /**
     * Rewrites the action of a stored entry, leaving its hashes as they were.
     *
     * @param storage the storage, not null
     * @param entryId the entry, not null
     * @param action  the new action, not null
     * @throws dev.sportello.InvalidInputException ({@code VALUE_INVALID}) if the storage holds no such entry
     */
    public static void changeAction(MemoryStorage storage, String entryId, String action) {
        Arguments.required(action, "MemoryAuditTampering", "action");
        edit(storage, entryId, (stream, entry) -> stream.put(entryId, entry.toBuilder().action(action).build()));
    }

    /**
     * Deletes a stored entry, leaving its stream's head as it was.
     *
     * @param storage the storage, not null
     * @param entryId the entry, not null
     * @throws dev.sportello.InvalidInputException ({@code VALUE_INVALID}) if the storage holds no such entry
     */
    public static void delete(MemoryStorage storage, String entryId) {
        edit(storage, entryId, (stream, entry) -> stream.remove(entryId));
    }

    private static void edit(MemoryStorage storage, String entryId,
                             java.util.function.BiConsumer<NavigableMap<String, AuditEntry>, AuditEntry> change) {
        Arguments.required(storage, "MemoryAuditTampering", "storage");
        Arguments.required(entryId, "MemoryAuditTampering", "entryId");
        boolean[] found = new boolean[1];
        storage.underLock(data -> {
            for (NavigableMap<String, AuditEntry> stream : data.auditByObject.values()) {
                AuditEntry entry = stream.get(entryId);
                if (entry != null) {
                    change.accept(stream, entry);
                    found[0] = true;
                    return;
                }
            }
        });
        if (!found[0]) {
            throw Arguments.invalid("MemoryAuditTampering", "entryId", "no such audit entry");
        }
    }
}
