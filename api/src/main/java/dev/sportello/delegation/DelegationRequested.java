package dev.sportello.delegation;

import dev.sportello.Arguments;

/**
 * What the delegator gets back from a request: the pending delegation and the acceptance code to give the
 * delegate out of band (in person, by phone). The SDK keeps only a salted hash of the code and never sends
 * it: show it to the delegator once, do not log or store it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param delegation     the pending delegation, not null
 * @param acceptanceCode the code, digits, not null
 */
public record DelegationRequested(Delegation delegation, String acceptanceCode) {
    /** Checks the components. */
    public DelegationRequested {
        Arguments.required(delegation, "DelegationRequested", "delegation");
        Arguments.required(acceptanceCode, "DelegationRequested", "acceptanceCode");
    }

    @Override
    public String toString() {
        return "DelegationRequested[" + delegation + ", acceptanceCode ******]";
    }
}
