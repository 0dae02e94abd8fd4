package dev.sportello.spi;

/**
 * What an outbox entry carries, which decides who delivers it.
 *
 * <p>Thread-safe (an enum).
 */
public enum OutboxKind {
    /** A {@link dev.sportello.DomainEvent} for the {@link EventSink}. */
    EVENT,
    /** A rendered message for a channel (SMS, e-mail, push). */
    MESSAGE,
    /** Work the SDK schedules for itself (expiries, offers); handled by the core. */
    TASK
}
