package dev.sportello.offices;

import dev.sportello.OperatorId;

import java.util.Objects;
import java.util.Set;

/**
 * A member of office staff, as supplied by the office directory.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id           the id, not null
 * @param office       the office they belong to, not null
 * @param name         the name shown to users, not null
 * @param roles        their roles, not null
 * @param skills       their skills, not null
 * @param availability when they serve appointments, not null (empty if they do not)
 */
public record Operator(OperatorId id, OfficeCode office, String name, Set<OperatorRole> roles, Set<Skill> skills,
                       WeeklyHours availability) {
    /** Checks and copies the components. */
    public Operator {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(name, "name");
        roles = Set.copyOf(roles);
        skills = Set.copyOf(skills);
        Objects.requireNonNull(availability, "availability");
    }

    /**
     * Whether the operator has a role.
     *
     * @param role the role, not null
     * @return true if so
     */
    public boolean has(OperatorRole role) {
        return roles.contains(role);
    }
}
