package dev.sportello.dossiers;

/**
 * Where a payment stands.
 *
 * <p>Thread-safe (an enum).
 */
public enum PaymentStatus {
    /** Scheduled for its date. */
    SCHEDULED,
    /** Paid. */
    PAID,
    /** Paid, then returned (a closed account, a wrong IBAN): the user should check the payment method. */
    RETURNED,
    /** Cancelled before it was paid. */
    CANCELLED
}
