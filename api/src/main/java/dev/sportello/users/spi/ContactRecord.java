package dev.sportello.users.spi;

import dev.sportello.Arguments;
import dev.sportello.users.ContactId;
import dev.sportello.users.ContactKind;

import java.time.Instant;

/**
 * Stored form of a contact point.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id           the id, not null
 * @param kind         mobile or e-mail, not null
 * @param value        E.164 number or e-mail address, not null
 * @param verifiedAt   when it was verified, or null
 * @param verification the pending one-time code, or null
 * @param createdAt    when it was added, not null
 */
public record ContactRecord(ContactId id, ContactKind kind, String value, Instant verifiedAt,
                            Verification verification, Instant createdAt) {
    /** Checks the mandatory components. */
    public ContactRecord {
        Arguments.required(id, "ContactRecord", "id");
        Arguments.required(kind, "ContactRecord", "kind");
        Arguments.required(value, "ContactRecord", "value");
        Arguments.required(createdAt, "ContactRecord", "createdAt");
    }

    @Override
    public String toString() {
        return "ContactRecord[" + id + ", " + kind + (verifiedAt != null ? ", verified" : ", unverified") + "]";
    }
}
