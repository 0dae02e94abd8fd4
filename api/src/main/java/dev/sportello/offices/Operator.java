package dev.sportello.offices;

import dev.sportello.Arguments;
import dev.sportello.OperatorId;

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
        Arguments.required(id, "Operator", "id");
        Arguments.required(office, "Operator", "office");
        Arguments.required(name, "Operator", "name");
        roles = Arguments.set(roles, "Operator", "roles");
        skills = Arguments.set(skills, "Operator", "skills");
        Arguments.required(availability, "Operator", "availability");
    }

    /**
     * Whether the operator has a role.
     *
     * @param role the role, not null
     * @return true if so
     */
    public boolean has(OperatorRole role) {
        Arguments.required(role, "Operator", "role");
        return roles.contains(role);
    }
}
