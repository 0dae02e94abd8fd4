package dev.sportello.fragile;

import dev.sportello.EventType;

import java.util.List;

/**
 * The domain events of the fragile-users channel (R-USR-5). Subjects are users, letters and callbacks; they
 * carry codes only — never the grounds of eligibility (health data), a name, an address or a number.
 *
 * <p>Thread-safe (constants).
 */
public final class FragileEvents {
    /** A user was enrolled: {@code office} (the competent office). */
    public static final EventType ENROLLED = EventType.of("fragile.enrolled", "office");
    /** A new personal code was issued to an enrolled user. */
    public static final EventType CODE_REISSUED = EventType.of("fragile.code-reissued");
    /** A personal code was revoked. */
    public static final EventType CODE_REVOKED = EventType.of("fragile.code-revoked");
    /** Identification locked after too many wrong personal codes. */
    public static final EventType CODE_LOCKED = EventType.of("fragile.code-locked");
    /** A contact was recorded: {@code channel} ({@link ContactChannel} name), {@code outcome} ({@link ContactOutcome} name). */
    public static final EventType CONTACT_RECORDED = EventType.of("fragile.contact-recorded", "channel", "outcome");
    /** A callback was queued: {@code office}, {@code dueAt} (ISO-8601 instant). */
    public static final EventType CALLBACK_QUEUED = EventType.of("fragile.callback-queued", "office", "dueAt");
    /** A callback was made: {@code office}, {@code outcome}. */
    public static final EventType CALLBACK_COMPLETED = EventType.of("fragile.callback-completed", "office", "outcome");
    /** A letter was queued: {@code purpose} ({@link LetterPurpose} name). */
    public static final EventType LETTER_QUEUED = EventType.of("fragile.letter-queued", "purpose");
    /** The provider accepted a letter: {@code purpose}. */
    public static final EventType LETTER_POSTED = EventType.of("fragile.letter-posted", "purpose");
    /** The provider refused a letter for good: {@code purpose}. */
    public static final EventType LETTER_REFUSED = EventType.of("fragile.letter-refused", "purpose");

    /** Every event type of the fragile-users channel. */
    public static final List<EventType> ALL = List.of(ENROLLED, CODE_REISSUED, CODE_REVOKED, CODE_LOCKED,
            CONTACT_RECORDED, CALLBACK_QUEUED, CALLBACK_COMPLETED, LETTER_QUEUED, LETTER_POSTED, LETTER_REFUSED);

    private FragileEvents() {
    }
}
