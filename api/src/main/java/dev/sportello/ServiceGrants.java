package dev.sportello;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The operations each back-end service of the integrator may perform: a service principal
 * ({@link Principal#service(String)}) is denied every operation that it was not granted, with
 * {@link ErrorCode#ACCESS_SERVICE_NOT_GRANTED}, and the denial is audited. A grant lets a service past this
 * check only: the area's own rule for the object still applies (a service granted
 * {@link Operation#REQUEST_WORK} is still not an operator of an office).
 *
 * <p>Grants are capabilities, named by the operation: the portal that registers users after login is granted
 * {@link Operation#USER_REGISTER}, the institution's back end that reports dossiers
 * {@link Operation#DOSSIER_FEED}. Recording a consent is the user's own act; a service granted
 * {@link Operation#CONSENT_RECORD} is an assisted channel (an operator's desk recording the user's spoken
 * choice), and its audit entry says so.
 *
 * <p>The SDK's default is {@link #none()}: no service may do anything until the integrator says so.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceGrants {
    private static final ServiceGrants NONE = new ServiceGrants(Map.of());

    private final Map<ServiceId, Set<Operation>> grants;

    private ServiceGrants(Map<ServiceId, Set<Operation>> grants) {
        this.grants = Map.copyOf(grants);
    }

    /** No grants: every service principal is denied every operation. Never null. */
    public static ServiceGrants none() {
        return NONE;
    }

    /** A builder with no grants. Never null. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a service may perform an operation.
     *
     * @param service   the service, not null
     * @param operation the operation, not null
     * @return true if granted
     * @throws InvalidInputException {@code VALUE_REQUIRED} for a null argument
     */
    public boolean allows(ServiceId service, Operation operation) {
        Arguments.required(operation, "ServiceGrants", "operation");
        return operations(service).contains(operation);
    }

    /**
     * The operations granted to a service.
     *
     * @param service the service, not null
     * @return the operations, possibly empty, never null, immutable
     * @throws InvalidInputException {@code VALUE_REQUIRED} for a null service
     */
    public Set<Operation> operations(ServiceId service) {
        return grants.getOrDefault(Arguments.required(service, "ServiceGrants", "service"), Set.of());
    }

    /** The services with at least one grant; never null, immutable. */
    public Set<ServiceId> services() {
        return grants.keySet();
    }

    /** Builds {@link ServiceGrants}; not thread-safe. */
    public static final class Builder {
        private final Map<ServiceId, Set<Operation>> grants = new HashMap<>();

        private Builder() {
        }

        /**
         * Grants a service operations, adding to what it was granted before.
         *
         * @param service    the service's name, as {@link ServiceId} checks it
         * @param operations the operations, not null, not empty, no null element
         * @return this builder
         * @throws InvalidInputException {@code VALUE_REQUIRED} for a null argument or element,
         *                               {@code VALUE_INVALID} for a bad name or no operation
         */
        public Builder grant(String service, Set<Operation> operations) {
            ServiceId id = new ServiceId(service);
            Set<Operation> granted = Arguments.set(operations, "ServiceGrants", "operations");
            if (granted.isEmpty()) {
                throw Arguments.invalid("ServiceGrants", "operations", "at least one operation");
            }
            grants.merge(id, Set.copyOf(granted), (a, b) -> {
                Set<Operation> both = EnumSet.copyOf(a);
                both.addAll(b);
                return Set.copyOf(both);
            });
            return this;
        }

        /**
         * Grants a service operations, adding to what it was granted before.
         *
         * @param service the service's name, as {@link ServiceId} checks it
         * @param first   an operation, not null
         * @param more    more operations, no null element
         * @return this builder
         * @throws InvalidInputException {@code VALUE_REQUIRED} for a null argument or element,
         *                               {@code VALUE_INVALID} for a bad name
         */
        public Builder grant(String service, Operation first, Operation... more) {
            Arguments.required(first, "ServiceGrants", "operations");
            Arguments.required(more, "ServiceGrants", "operations");
            Set<Operation> all = EnumSet.of(first);
            for (Operation operation : more) {
                all.add(Arguments.required(operation, "ServiceGrants", "operations"));
            }
            return grant(service, all);
        }

        /** The grants; never null. */
        public ServiceGrants build() {
            return new ServiceGrants(grants);
        }
    }
}
