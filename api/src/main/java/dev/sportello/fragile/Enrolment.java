package dev.sportello.fragile;

import dev.sportello.Arguments;
import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.offices.OfficeCode;
import dev.sportello.users.FragileGround;
import dev.sportello.users.PostalAddress;

import java.time.Instant;
import java.util.Set;

/**
 * A user's enrolment in the fragile-users channel (R-USR-5), as the user and the channel staff see it. The
 * personal code itself is never shown: only its letter carries it, and only its salted hash is stored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param user         the enrolled user, not null
 * @param office       the competent office when enrolled, whose operators serve the user, not null
 * @param grounds      the grounds that made the user eligible at enrolment, not null, not empty
 * @param residence    where letters go, not null
 * @param codeStatus   whether the personal code identifies the user, not null
 * @param attemptsLeft wrong codes allowed before identification locks
 * @param codeIssuedAt when the current code was issued, not null
 * @param codeLetter   the letter that carries the current code, not null
 * @param enrolledAt   when the user was enrolled, not null
 * @param enrolledBy   who enrolled them (an operator or a service), not null
 * @param version      optimistic-locking version
 */
public record Enrolment(UserId user, OfficeCode office, Set<FragileGround> grounds, PostalAddress residence,
                        PersonalCodeStatus codeStatus, int attemptsLeft, Instant codeIssuedAt, LetterId codeLetter,
                        Instant enrolledAt, PartyId enrolledBy, long version) {
    /** Checks and copies the components. */
    public Enrolment {
        Arguments.required(user, "Enrolment", "user");
        Arguments.required(office, "Enrolment", "office");
        grounds = Arguments.set(grounds, "Enrolment", "grounds");
        Arguments.required(residence, "Enrolment", "residence");
        Arguments.required(codeStatus, "Enrolment", "codeStatus");
        Arguments.required(codeIssuedAt, "Enrolment", "codeIssuedAt");
        Arguments.required(codeLetter, "Enrolment", "codeLetter");
        Arguments.required(enrolledAt, "Enrolment", "enrolledAt");
        Arguments.required(enrolledBy, "Enrolment", "enrolledBy");
    }
}
