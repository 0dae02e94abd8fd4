package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.ErrorCode;
import dev.sportello.SportelloException;

import java.time.LocalDate;
import java.util.Map;

/**
 * A benefit that a medical report recognises (an attendance allowance, a civil-invalidity pension…), with
 * its monthly amount and the date it starts from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name          what it is, 1–200 characters
 * @param monthlyAmount the monthly amount, zero or more, not null
 * @param startsOn      the first day it is due, not null
 * @param note          how it is paid or what it depends on (shown in the amounts pop-up), or null (up to 500 characters)
 */
public record Benefit(String name, Money monthlyAmount, LocalDate startsOn, String note) {
    /**
     * Checks the components.
     *
     * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}, {@code VALUE_INVALID} or
     *                                             {@code MED_BENEFIT_AMOUNT_NEGATIVE}
     */
    public Benefit {
        name = MedicalTexts.text(name, "Benefit", "name", 200);
        Arguments.required(monthlyAmount, "Benefit", "monthlyAmount");
        if (monthlyAmount.isNegative()) {   // a benefit's name is health data: it stays out of the error
            throw SportelloException.invalidField(ErrorCode.MED_BENEFIT_AMOUNT_NEGATIVE, "monthlyAmount", Map.of());
        }
        MedicalTexts.date(startsOn, "Benefit", "startsOn");
        note = MedicalTexts.optionalText(note, "Benefit", "note", 500);
    }
}
