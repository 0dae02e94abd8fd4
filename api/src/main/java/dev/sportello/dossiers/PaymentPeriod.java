package dev.sportello.dossiers;

/**
 * The period a payment covers, both days included.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day, not null
 * @param to   the last day, not before {@code from}, not null
 */
public record PaymentPeriod(java.time.LocalDate from, java.time.LocalDate to) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
     */
    public PaymentPeriod {
        DossierTexts.date(from, "PaymentPeriod", "from");
        DossierTexts.date(to, "PaymentPeriod", "to");
        if (to.isBefore(from)) {
            throw dev.sportello.Arguments.invalid("PaymentPeriod", "to", "not before from");
        }
    }
}
