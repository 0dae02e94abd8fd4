package dev.sportello;

import java.util.regex.Pattern;

/**
 * Identifier of a back-end service that calls the SDK on its own account: the portal during
 * registration, the dossier system reporting changes, the integrator's administration tools.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name 1–64 characters among letters, digits, dot, underscore and hyphen; not null
 */
public record ServiceId(String name) implements PartyId {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** Checks the name. */
    public ServiceId {
        Arguments.required(name, "ServiceId", "name");
        if (!NAME.matcher(name).matches()) {
            throw Arguments.invalid("ServiceId", "name", "1 to 64 of the characters A-Z a-z 0-9 . _ -");
        }
    }

    @Override
    public String asText() {
        return "service:" + name;
    }

    @Override
    public String toString() {
        return name;
    }
}
