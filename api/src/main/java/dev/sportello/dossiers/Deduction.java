package dev.sportello.dossiers;

import dev.sportello.Arguments;

/**
 * A deduction from a payment's gross amount (tax withheld, a recovery, a contribution).
 *
 * <p>Immutable and thread-safe.
 *
 * @param label  what it is, 1–120 characters, e.g. {@code "Ritenuta IRPEF"}
 * @param amount how much, zero or more, not null
 */
public record Deduction(String label, Money amount) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}, {@code VALUE_INVALID} or
     *                                             {@code DOS_AMOUNT_INVALID} (negative)
     */
    public Deduction {
        DossierTexts.text(label, "Deduction", "label", 120);
        Arguments.required(amount, "Deduction", "amount").requireNonNegative("deductions.amount");
    }
}
