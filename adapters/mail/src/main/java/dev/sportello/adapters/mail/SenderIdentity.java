package dev.sportello.adapters.mail;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;
import dev.sportello.users.EmailAddress;

import java.util.Map;

/**
 * Who a message comes from: the {@code From} address with an optional display name, and an optional
 * {@code Reply-To}. A display name outside ASCII is sent RFC 2047 encoded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param address     the {@code From} address, not null
 * @param displayName the name shown beside it, e.g. {@code INPS – Sportello virtuale}; null or blank for none
 *                    (a blank name is kept as null); at most 200 characters, no line breaks
 * @param replyTo     the {@code Reply-To} address; null for none (replies go to {@code From})
 */
public record SenderIdentity(EmailAddress address, String displayName, EmailAddress replyTo) {
    /** Checks the components. */
    public SenderIdentity {
        Arguments.required(address, "SenderIdentity", "address");
        if (displayName != null) {
            displayName = displayName.strip();
            if (displayName.isEmpty()) {
                displayName = null;
            } else if (displayName.length() > 200 || displayName.chars().anyMatch(Character::isISOControl)
                    || !Arguments.isWellFormed(displayName)) {
                throw SportelloException.invalidField(ErrorCode.CONFIG_INVALID, "SenderIdentity.displayName",
                        Map.of("reason", "at most 200 characters, no control characters"));
            }
        }
    }

    /**
     * A sender with an address only.
     *
     * @param address the {@code From} address, not null
     * @return the identity
     */
    public static SenderIdentity of(EmailAddress address) {
        return new SenderIdentity(address, null, null);
    }

    /**
     * A sender with a display name.
     *
     * @param address     the {@code From} address, not null
     * @param displayName the name, or null
     * @return the identity
     */
    public static SenderIdentity of(EmailAddress address, String displayName) {
        return new SenderIdentity(address, displayName, null);
    }

    /**
     * This sender with a {@code Reply-To}.
     *
     * @param replyTo the reply address, or null for none
     * @return a new identity
     */
    public SenderIdentity withReplyTo(EmailAddress replyTo) {
        return new SenderIdentity(address, displayName, replyTo);
    }
}
