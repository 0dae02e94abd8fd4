package dev.sportello.requests.spi;

import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.RequestId;
import dev.sportello.spi.Stores;

import java.time.Instant;
import java.util.Optional;

/**
 * Zip archives of attachments, stored as opaque bytes (the core builds and guards them). Part of a
 * transaction; not thread-safe.
 */
public interface AttachmentStore {
    /**
     * Stores an archive. Archives are written once: an id that is taken is refused.
     *
     * @param id      the archive id, not null
     * @param request the request it belongs to, not null
     * @param zip     the bytes, not null
     * @param at      when, not null
     * @throws dev.sportello.ConflictException ({@code CONCURRENT_MODIFICATION}) if the id is taken
     */
    void put(ArchiveId id, RequestId request, byte[] zip, Instant at);

    /**
     * Reads an archive.
     *
     * @param id the archive id, not null
     * @return the bytes, if any
     */
    Optional<byte[]> get(ArchiveId id);
}
