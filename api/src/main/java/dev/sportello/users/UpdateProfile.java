package dev.sportello.users;

import dev.sportello.Language;
import dev.sportello.UserId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Changes a profile. Null fields are left as they are. Fails with a conflict if the profile changed
 * since {@code expectedVersion} was read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param userId          the user, required
 * @param expectedVersion the version that was read
 * @param name            the new name (1–200 characters, not blank), or null
 * @param municipality    the new residence or seat, or null
 * @param language        the new preferred language, or null
 */
public record UpdateProfile(@NotNull UserId userId, @PositiveOrZero long expectedVersion,
                            @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
                            String name,
                            MunicipalityCode municipality, Language language) {
}
