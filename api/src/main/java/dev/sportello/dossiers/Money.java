package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * An amount of money: a decimal with at most two decimals and its currency, never a double. The amount
 * is kept with exactly two decimals ({@code 10.5} is {@code 10.50}: the same value); an amount with more
 * decimals is refused, never rounded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount   the amount, at most 2 decimals, below 10<sup>13</sup> in absolute value, not null
 * @param currency the currency, not null
 */
public record Money(BigDecimal amount, Currency currency) {
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(13);

    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}, or {@code DOS_AMOUNT_INVALID}
     *                                             for more than two decimals or an absurd amount
     */
    public Money {
        Arguments.required(amount, "Money", "amount");
        Arguments.required(currency, "Money", "currency");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw invalid("amount", "at most two decimals");
        }
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw invalid("amount", "less than 10^13");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * An amount in euro.
     *
     * @param amount the amount as text, e.g. {@code "1234.56"}
     * @return the money
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} or {@code DOS_AMOUNT_INVALID}
     */
    public static Money euro(String amount) {
        Arguments.required(amount, "Money", "amount");
        try {
            return new Money(new BigDecimal(amount), Currency.getInstance("EUR"));
        } catch (NumberFormatException e) {
            throw invalid("amount", "a decimal number such as 1234.56");
        }
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Fails unless the amount is zero or more.
     *
     * @param field the field, for the error; null is refused with {@code VALUE_REQUIRED}
     * @return this
     * @throws dev.sportello.InvalidInputException with {@code DOS_AMOUNT_INVALID}
     */
    public Money requireNonNegative(String field) {
        Arguments.required(field, "Money", "field");
        if (isNegative()) {
            throw invalid(field, "zero or more");
        }
        return this;
    }

    static SportelloException invalid(String field, String reason) {
        return SportelloException.invalidField(ErrorCode.DOS_AMOUNT_INVALID, field, Map.of("reason", reason));
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
