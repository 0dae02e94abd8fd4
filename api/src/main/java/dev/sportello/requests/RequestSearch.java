package dev.sportello.requests;

import dev.sportello.Arguments;
import dev.sportello.PageRequest;
import dev.sportello.users.CompanyRegistrationNumber;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Set;

/**
 * A user's search of their requests (R-REQ-5), newest update first. Null filters are not applied.
 *
 * <p>Immutable and thread-safe.
 *
 * @param company         only requests about this company, or null
 * @param subjectContains only subjects containing this text (case-insensitive), or null (up to 100 characters)
 * @param statuses        only these states; empty for all
 * @param openedFrom      opened at or after, or null
 * @param openedTo        opened before, or null
 * @param updatedFrom     last changed at or after, or null
 * @param updatedTo       last changed before, or null
 * @param page            the page, required
 */
public record RequestSearch(CompanyRegistrationNumber company, @Size(max = 100) String subjectContains,
                            @NotNull Set<@NotNull RequestStatus> statuses, Instant openedFrom, Instant openedTo,
                            Instant updatedFrom, Instant updatedTo, @NotNull @Valid PageRequest page) {
    /** Copies the statuses. */
    public RequestSearch {
        statuses = Arguments.lenientSet(statuses);
    }

    /**
     * All of a user's requests.
     *
     * @param page the page
     * @return the search
     */
    public static RequestSearch all(PageRequest page) {
        return new RequestSearch(null, null, Set.of(), null, null, null, null, page);
    }
}
