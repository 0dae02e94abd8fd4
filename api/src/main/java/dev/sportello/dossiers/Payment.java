package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A payment of a dossier (dettaglio di pagamento): the period, gross and net amounts and the deductions
 * between them, its status and date, and the payment method. Identified in its dossier by the source's id:
 * a later report with the same id replaces it (a scheduled payment becomes paid, a paid one returned).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id         the source's id, 1–64 letters, digits, {@code . _ / -}
 * @param period     the period covered, or null for a one-off payment
 * @param gross      the gross amount, zero or more, not null
 * @param deductions what is deducted from the gross amount, each zero or more, in the currency of
 *                   {@code gross}; not null, may be empty
 * @param net        the net amount paid, zero or more, in the currency of {@code gross}, not null
 * @param status     the status, not null
 * @param date       the payment date (scheduled or done), not null
 * @param method     the payment method, not null
 */
public record Payment(String id, PaymentPeriod period, Money gross, List<Deduction> deductions, Money net,
                      PaymentStatus status, LocalDate date, PaymentMethod method) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}, {@code VALUE_INVALID} or
     *                                             {@code DOS_AMOUNT_INVALID} (a negative amount, another
     *                                             currency)
     */
    public Payment {
        DossierTexts.sourceId(id, "Payment", "id");
        Arguments.required(gross, "Payment", "gross").requireNonNegative("gross");
        Arguments.required(net, "Payment", "net").requireNonNegative("net");
        deductions = Arguments.list(deductions, "Payment", "deductions");
        Arguments.required(status, "Payment", "status");
        DossierTexts.date(date, "Payment", "date");
        Arguments.required(method, "Payment", "method");
        if (!net.currency().equals(gross.currency())
                || deductions.stream().anyMatch(d -> !d.amount().currency().equals(gross.currency()))) {
            throw SportelloException.invalidField(ErrorCode.DOS_AMOUNT_INVALID, "net",
                    Map.of("reason", "every amount in the currency of the gross amount"));
        }
    }

    /**
     * The same payment with another method (the SDK masks the IBAN in what it returns).
     *
     * @param value the method; null is refused with {@code VALUE_REQUIRED}
     * @return the copy
     */
    public Payment withMethod(PaymentMethod value) {
        return new Payment(id, period, gross, deductions, net, status, date, value);
    }
}
