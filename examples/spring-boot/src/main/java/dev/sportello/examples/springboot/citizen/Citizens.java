package dev.sportello.examples.springboot.citizen;

import dev.sportello.ErrorCode;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;

import java.util.Map;

/** What the citizen controllers share: whose affairs a call is about. Stateless and thread-safe. */
final class Citizens {
    private Citizens() {
    }

    /**
     * The user whose affairs the call is about: the represented user, else the user who acts.
     *
     * @param principal the principal, not null
     * @param operation the endpoint's operation, for the refusal
     * @return the user, never null
     * @throws SportelloException {@code ACCESS_ROLE_REQUIRED} (403) for an operator on a citizen endpoint
     */
    static UserId subject(Principal principal, String operation) {
        UserId user = principal.subjectUser();
        if (user == null) {
            throw SportelloException.of(ErrorCode.ACCESS_ROLE_REQUIRED, Map.of("operation", operation, "required", "a user"));
        }
        return user;
    }
}
