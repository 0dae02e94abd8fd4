package dev.sportello.medical;

import dev.sportello.Arguments;

import java.util.Set;

/**
 * What the audience rules decided for a report: whether its recipient gets the notice and the guide, by
 * which rules, and which variant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param offered whether the notice and the guide are offered
 * @param matched the enabled rules the report matched (empty when not offered), not null
 * @param minor   whether the holder was under 18 on the date of issue
 * @param variant the variant of the guide, not null
 */
public record Audience(boolean offered, Set<AudienceRule> matched, boolean minor, GuideVariant variant) {
    /**
     * Checks and copies the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
     */
    public Audience {
        matched = Set.copyOf(Arguments.set(matched, "Audience", "matched"));
        Arguments.required(variant, "Audience", "variant");
    }
}
