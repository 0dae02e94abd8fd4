package dev.sportello.delegation;

import dev.sportello.DelegationId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The delegate accepts a pending delegation with the acceptance code the delegator gave them. A wrong code
 * uses up one of the limited attempts although the call fails.
 *
 * <p>Immutable and thread-safe.
 *
 * @param delegation the delegation, required
 * @param code       the acceptance code, 4 to 12 digits, required
 */
public record AcceptDelegation(@NotNull DelegationId delegation,
                               @NotNull @Pattern(regexp = "[0-9]{4,12}", message = "must be 4 to 12 digits") String code) {
    @Override
    public String toString() {
        return "AcceptDelegation[" + delegation + ", code ******]";
    }
}
