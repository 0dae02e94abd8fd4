package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Set;

/**
 * A user's list of their dossiers (R-DOS-2), last changed first (ties by id, descending), with keyset
 * paging. Empty filters are not applied.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kinds    only these kinds; empty for all
 * @param statuses only these phases; empty for all
 * @param page     the page, required
 */
public record DossierSearch(@NotNull Set<@NotNull DossierKindCode> kinds, @NotNull Set<@NotNull DossierStatus> statuses,
                            @NotNull @Valid PageRequest page) {
    /** Copies the sets. */
    public DossierSearch {
        kinds = Arguments.lenientSet(kinds);
        statuses = Arguments.lenientSet(statuses);
    }

    /**
     * All of a user's dossiers.
     *
     * @param page the page
     * @return the search
     */
    public static DossierSearch all(PageRequest page) {
        return new DossierSearch(Set.of(), Set.of(), page);
    }
}
