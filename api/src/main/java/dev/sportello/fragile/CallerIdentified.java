package dev.sportello.fragile;

import dev.sportello.Arguments;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.FragileGround;

import java.util.Set;

/**
 * A caller whom the operator identified by tax code and personal code: who they are and what the operator
 * needs to serve them (a deaf caller is served through a sign-language operator).
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides the name.
 *
 * @param user    the user, not null
 * @param name    the user's name, to greet them, not null
 * @param office  their competent office, not null
 * @param grounds their grounds of eligibility at enrolment, not null
 */
public record CallerIdentified(UserId user, String name, OfficeCode office, Set<FragileGround> grounds) {
    /** Checks and copies the components. */
    public CallerIdentified {
        Arguments.required(user, "CallerIdentified", "user");
        Arguments.required(name, "CallerIdentified", "name");
        Arguments.required(office, "CallerIdentified", "office");
        grounds = Arguments.set(grounds, "CallerIdentified", "grounds");
    }

    @Override
    public String toString() {
        return "CallerIdentified[" + user + ", " + office + "]";
    }
}
