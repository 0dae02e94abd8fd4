package dev.sportello.dossiers;

import dev.sportello.Arguments;

/**
 * The body that issued a medical report: the commission of a local health authority or the institution's
 * own, and the region where the assessment was asked for and held.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind   ASL or the institution's commission, not null
 * @param region the region, not null
 */
public record IssuingBody(IssuerKind kind, Region region) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
     */
    public IssuingBody {
        Arguments.required(kind, "IssuingBody", "kind");
        Arguments.required(region, "IssuingBody", "region");
    }
}
