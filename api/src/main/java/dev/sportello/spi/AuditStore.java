package dev.sportello.spi;

import dev.sportello.AuditEntry;
import dev.sportello.Page;
import dev.sportello.PageRequest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Append-only audit trail, tamper-evident: the entries about one object form a stream in which each
 * entry carries the hash of its predecessor ({@link AuditEntry#previousHash()}, {@link AuditEntry#hash()},
 * computed by the SDK), and the store keeps the hash of each stream's last entry, its head. The SDK locks
 * a stream's head before it chains new entries to it, so that two transactions never chain to the same
 * predecessor. Part of a transaction; not thread-safe.
 */
public interface AuditStore extends AppendingStore<AuditEntry> {
    /**
     * Appends entries.
     *
     * @param entries the entries, not null
     */
    @Override
    void appendAll(List<AuditEntry> entries);

    /**
     * Entries about one object in id order (ids are time-ordered).
     *
     * @param objectType the object type, not null
     * @param objectId   the object id, not null
     * @param page       the page; its cursor is one this store returned
     * @return the page
     * @throws dev.sportello.InvalidInputException ({@code PAGE_CURSOR_INVALID}) for a foreign cursor
     */
    Page<AuditEntry> forObject(String objectType, String objectId, PageRequest page);

    /**
     * Locks the head of an object's stream until the end of the transaction (other transactions that lock
     * it wait) and returns it, creating an empty head for a new stream.
     *
     * @param objectType the object type, not null
     * @param objectId   the object id, not null
     * @return the hash of the stream's last entry, {@code ""} for a stream without entries
     */
    String lockHead(String objectType, String objectId);

    /**
     * Moves the head of a stream whose head this transaction locked.
     *
     * @param objectType the object type, not null
     * @param objectId   the object id, not null
     * @param hash       the hash of the stream's new last entry, not null
     */
    void moveHead(String objectType, String objectId, String hash);

    /**
     * Locks the heads of several streams, in the order given (the SDK gives them in a fixed order, so that
     * two transactions never deadlock on them), creating empty heads for new streams. A store may do it in
     * one statement; the default locks them one by one with {@link #lockHead}.
     *
     * @param streams distinct streams, not null
     * @return each stream's head hash ({@code ""} for a stream without entries), in the order given
     * @since 0.1
     */
    default Map<Stream, String> lockHeads(Collection<Stream> streams) {
        Map<Stream, String> heads = new LinkedHashMap<>();
        for (Stream stream : streams) {
            heads.put(stream, lockHead(stream.objectType(), stream.objectId()));
        }
        return heads;
    }

    /**
     * Moves the heads of streams whose heads this transaction locked. A store may do it in one round trip;
     * the default moves them one by one with {@link #moveHead}.
     *
     * @param heads each stream's new head hash, not null
     * @since 0.1
     */
    default void moveHeads(Map<Stream, String> heads) {
        heads.forEach((stream, hash) -> moveHead(stream.objectType(), stream.objectId(), hash));
    }

    /**
     * Creates the heads of new streams (of objects the transaction has just created, whose first entries
     * it chained to {@code ""}), without locking them first. A stream that already has a head is a
     * conflict, so that two transactions never chain to the same predecessor. A store may do it in one
     * round trip (a plain insert that a duplicate key fails); the default locks each head with
     * {@link #lockHeads}, checks that it is empty, and moves it with {@link #moveHeads}.
     *
     * @param heads each new stream's head hash, not null
     * @throws dev.sportello.ConflictException with {@code CONCURRENT_MODIFICATION} if a stream has a head already
     * @since 1.1
     */
    default void createHeads(Map<Stream, String> heads) {
        Map<Stream, String> locked = lockHeads(heads.keySet());
        for (Map.Entry<Stream, String> head : locked.entrySet()) {
            if (!head.getValue().isEmpty()) {
                throw dev.sportello.SportelloException.of(dev.sportello.ErrorCode.CONCURRENT_MODIFICATION, Map.of(
                        "objectType", head.getKey().objectType(), "objectId", head.getKey().objectId(),
                        "expectedVersion", "none"));
            }
        }
        moveHeads(heads);
    }

    /**
     * Reads the head of a stream without locking it.
     *
     * @param objectType the object type, not null
     * @param objectId   the object id, not null
     * @return the hash of the stream's last entry; empty for a stream never written
     */
    Optional<String> findHead(String objectType, String objectId);

    /**
     * One object's stream of entries.
     *
     * <p>Immutable and thread-safe.
     *
     * @param objectType the object type, not null
     * @param objectId   the object id, not null
     */
    record Stream(String objectType, String objectId) {
    }
}
