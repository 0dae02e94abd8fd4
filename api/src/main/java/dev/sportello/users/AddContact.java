package dev.sportello.users;

import dev.sportello.UserId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Adds a contact point. It stays unverified until the user enters the one-time code sent to it.
 * Mobile numbers are read with libphonenumber (Italian numbers may omit {@code +39}); landlines
 * are refused.
 *
 * <p>Immutable and thread-safe.
 *
 * @param userId the user, required
 * @param kind   mobile or e-mail, required
 * @param value  the number or address as the user typed it, 1–254 characters
 */
public record AddContact(@NotNull UserId userId, @NotNull ContactKind kind, @NotBlank @Size(max = 254) String value) {
    @Override
    public String toString() {
        return "AddContact[" + userId + ", " + kind + "]";
    }
}
