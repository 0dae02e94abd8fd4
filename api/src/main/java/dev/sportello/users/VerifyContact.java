package dev.sportello.users;

import dev.sportello.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Enters the one-time code that was sent to a contact point.
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides the code.
 *
 * @param userId    the user, required
 * @param contactId the contact point, required
 * @param code      the digits received, 4–10 digits
 */
public record VerifyContact(@NotNull UserId userId, @NotNull ContactId contactId,
                            @NotBlank @Pattern(regexp = "\\d{4,10}", message = "must be 4 to 10 digits") String code) {
    @Override
    public String toString() {
        return "VerifyContact[" + userId + ", " + contactId + ", code=******]";
    }
}
