package dev.sportello.users;

import dev.sportello.Arguments;

import java.time.Instant;

/**
 * A user's mobile number or e-mail address. It is used for notifications only once verified with a
 * one-time code (R-USR-3).
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the value.
 *
 * @param id         the id, not null
 * @param kind       mobile or e-mail, not null
 * @param value      the contact as stored, normalised from what the user typed: a mobile number in E.164
 *                   form ({@code 347 123 4567} becomes {@code +393471234567}), an e-mail address with its
 *                   domain lower-cased and in ASCII (Punycode for an internationalised domain; see
 *                   {@link EmailAddress#display()}); not null
 * @param verified   whether the user proved they control it
 * @param verifiedAt when it was verified, or null
 * @param createdAt  when it was added, not null
 */
public record ContactPoint(ContactId id, ContactKind kind, String value, boolean verified, Instant verifiedAt,
                           Instant createdAt) {
    /** Checks the mandatory components. */
    public ContactPoint {
        Arguments.required(id, "ContactPoint", "id");
        Arguments.required(kind, "ContactPoint", "kind");
        Arguments.required(value, "ContactPoint", "value");
        Arguments.required(createdAt, "ContactPoint", "createdAt");
    }

    @Override
    public String toString() {
        String shown = kind == ContactKind.MOBILE ? new PhoneNumber(value).masked() : new EmailAddress(value).masked();
        return "ContactPoint[" + id + ", " + kind + ", " + shown + (verified ? ", verified" : ", unverified") + "]";
    }
}
