package dev.sportello.fragile;

import dev.sportello.Arguments;
import dev.sportello.PartyId;
import dev.sportello.UserId;
import dev.sportello.dossiers.DocumentKind;

import java.time.Instant;

/**
 * A letter of the fragile-users channel and where it is: the personal-code letter of an enrolment or a
 * reissue, or a document of the user's dossiers asked for by post (R-USR-5).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id           the id, also the idempotency key the print-and-post provider receives, not null
 * @param user         the recipient, not null
 * @param purpose      what it carries, not null
 * @param documentKind the kind of the enclosed document for {@link LetterPurpose#DOCUMENT}, else null
 * @param documentYear the year of the enclosed document (a tax certificate's tax year), or 0
 * @param status       where it is, not null
 * @param reference    the provider's reference (tracking number) once posted, else null
 * @param refusal      why the provider refused it, without personal data, else null
 * @param requestedAt  when it was queued, not null
 * @param requestedBy  who asked for it (the user, a delegate, an operator, a service), not null
 * @param postedAt     when the provider accepted or refused it, else null
 * @param version      optimistic-locking version
 */
public record Letter(LetterId id, UserId user, LetterPurpose purpose, DocumentKind documentKind, int documentYear,
                     LetterStatus status, String reference, String refusal, Instant requestedAt, PartyId requestedBy,
                     Instant postedAt, long version) {
    /** Checks the components. */
    public Letter {
        Arguments.required(id, "Letter", "id");
        Arguments.required(user, "Letter", "user");
        Arguments.required(purpose, "Letter", "purpose");
        Arguments.required(status, "Letter", "status");
        Arguments.required(requestedAt, "Letter", "requestedAt");
        Arguments.required(requestedBy, "Letter", "requestedBy");
    }
}
