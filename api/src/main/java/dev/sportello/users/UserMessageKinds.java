package dev.sportello.users;

import dev.sportello.notifications.MessageKind;

/**
 * The message kinds of the users area; their templates are bundled in it, en and de.
 *
 * <p>Thread-safe (constants).
 */
public final class UserMessageKinds {
    /** A one-time code for a contact point being verified: placeholders {@code code}, {@code minutes}. */
    public static final MessageKind CONTACT_VERIFICATION = new MessageKind("CONTACT_VERIFICATION");

    private UserMessageKinds() {
    }
}
