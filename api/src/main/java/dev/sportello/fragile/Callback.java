package dev.sportello.fragile;

import dev.sportello.Arguments;
import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Skill;
import dev.sportello.users.PhoneNumber;

import java.time.Instant;
import java.util.Set;

/**
 * A call back owed to a user who left a voicemail on the fragile-users line: queued for the operators of
 * their competent office who have every skill it needs, from its due time — the voicemail's time when the
 * office was open, else the office's next opening (R-USR-5).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id          the id, not null
 * @param user        the user to call back, not null
 * @param office      the competent office whose operators call back, not null
 * @param skills      the skills the operator needs: FRAGILE_CHANNEL, and SIGN_LANGUAGE for a deaf user; not null
 * @param number      the number to call back, not null
 * @param leftAt      when the voicemail was left, not null
 * @param dueAt       from when it is in the queue, not null
 * @param status      open or done, not null
 * @param outcome     the outcome once done, else null
 * @param completedBy the operator who called back, else null
 * @param completedAt when, else null
 * @param version     optimistic-locking version
 */
public record Callback(CallbackId id, UserId user, OfficeCode office, Set<Skill> skills, PhoneNumber number,
                       Instant leftAt, Instant dueAt, CallbackStatus status, ContactOutcome outcome,
                       PartyId completedBy, Instant completedAt, long version) {
    /** Checks and copies the components. */
    public Callback {
        Arguments.required(id, "Callback", "id");
        Arguments.required(user, "Callback", "user");
        Arguments.required(office, "Callback", "office");
        skills = Arguments.set(skills, "Callback", "skills");
        Arguments.required(number, "Callback", "number");
        Arguments.required(leftAt, "Callback", "leftAt");
        Arguments.required(dueAt, "Callback", "dueAt");
        Arguments.required(status, "Callback", "status");
    }
}
