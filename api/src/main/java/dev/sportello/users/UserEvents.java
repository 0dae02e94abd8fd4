package dev.sportello.users;

import dev.sportello.EventType;

import java.util.List;

/**
 * The domain events of the users area (R-USR-1…3); subjects are users.
 *
 * <p>Thread-safe (constants).
 */
public final class UserEvents {
    /** A user registered: {@code kind} is CITIZEN, COMPANY or INTERMEDIARY. */
    public static final EventType REGISTERED = EventType.of("user.registered", "kind");
    /** A user's profile changed (name, residence or language); no attributes. */
    public static final EventType UPDATED = EventType.of("user.updated");
    /** A contact point was added: {@code contactId}, {@code kind} (MOBILE or EMAIL). */
    public static final EventType CONTACT_ADDED = EventType.of("contact.added", "contactId", "kind");
    /** A contact point was verified: {@code contactId}, {@code kind}. */
    public static final EventType CONTACT_VERIFIED = EventType.of("contact.verified", "contactId", "kind");
    /** A consent was given or withdrawn: {@code channel}, {@code choice}. */
    public static final EventType CONSENT_RECORDED = EventType.of("consent.recorded", "channel", "choice");

    /** Every event type of the users area. */
    public static final List<EventType> ALL = List.of(REGISTERED, UPDATED, CONTACT_ADDED, CONTACT_VERIFIED, CONSENT_RECORDED);

    private UserEvents() {
    }
}
