package dev.sportello.appointments;

import dev.sportello.users.UserKind;
import dev.sportello.users.UserProfile;

/**
 * Who may book second-level information (R-APT-2). The default admits intermediaries, and companies
 * (the users of the two-way communication drawer) acting themselves or through someone.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface SecondLevelPolicy {
    /** The default policy. */
    SecondLevelPolicy DEFAULT = (subject, actor) -> actor.kind() == UserKind.INTERMEDIARY
            || subject.kind() == UserKind.COMPANY;

    /**
     * Whether a booking may be made.
     *
     * @param subject the user the appointment is for, not null
     * @param actor   the user acting (the subject itself, or its delegate), not null
     * @return true if allowed
     */
    boolean allows(UserProfile subject, UserProfile actor);
}
