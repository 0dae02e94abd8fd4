package dev.sportello;

import java.util.EnumMap;
import java.util.Map;

/**
 * The minimum assurance level of every {@link Operation}, and whether the institutional PIN is
 * accepted for it (R-USR-2). {@link #defaults()} follows the seed documents; integrators tighten or
 * relax single operations through {@link #builder()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class AssurancePolicy {

    /**
     * What an operation requires.
     *
     * @param minimum                  the minimum level, not null
     * @param institutionalPinAccepted whether {@link Credential#INSTITUTIONAL_PIN} is accepted
     */
    public record Requirement(AssuranceLevel minimum, boolean institutionalPinAccepted) {
        /** Checks that the minimum is not null. */
        public Requirement {
            Arguments.required(minimum, "Requirement", "minimum");
        }
    }

    private final Map<Operation, Requirement> requirements;

    private AssurancePolicy(Map<Operation, Requirement> requirements) {
        this.requirements = Map.copyOf(requirements);
    }

    /** The policy of the seed documents (see {@link Operation} for each default). */
    public static AssurancePolicy defaults() {
        return builder().build();
    }

    /** A builder that starts from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * What an operation requires.
     *
     * @param operation the operation, not null
     * @return the requirement, never null
     */
    public Requirement requirement(Operation operation) {
        return requirements.get(Arguments.required(operation, "Requirement", "operation"));
    }

    /** Builds an {@link AssurancePolicy}; not thread-safe. */
    public static final class Builder {
        private final Map<Operation, Requirement> requirements = new EnumMap<>(Operation.class);

        private Builder() {
            for (Operation operation : Operation.values()) {
                requirements.put(operation, new Requirement(operation.defaultMinimum(), operation.pinAcceptedByDefault()));
            }
        }

        /**
         * Sets the minimum level of an operation, keeping its PIN setting.
         *
         * @param operation the operation, not null
         * @param minimum   the new minimum, not null
         * @return this builder
         */
        public Builder require(Operation operation, AssuranceLevel minimum) {
            Requirement current = requirements.get(Arguments.required(operation, "Builder", "operation"));
            requirements.put(operation, new Requirement(minimum, current.institutionalPinAccepted()));
            return this;
        }

        /**
         * Says whether the institutional PIN is accepted for an operation.
         *
         * @param operation the operation, not null
         * @param accepted  true to accept it
         * @return this builder
         */
        public Builder acceptInstitutionalPin(Operation operation, boolean accepted) {
            Requirement current = requirements.get(Arguments.required(operation, "Builder", "operation"));
            requirements.put(operation, new Requirement(current.minimum(), accepted));
            return this;
        }

        /** The policy. */
        public AssurancePolicy build() {
            return new AssurancePolicy(requirements);
        }
    }
}
