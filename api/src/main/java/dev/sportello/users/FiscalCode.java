package dev.sportello.users;

/**
 * An Italian fiscal identifier: a person's {@link TaxCode} or a company's {@link CompanyTaxCode}.
 *
 * <p>Implementations are immutable, valid by construction and thread-safe.
 */
public sealed interface FiscalCode permits TaxCode, CompanyTaxCode {
    /** The code as written (upper case, no spaces). */
    String value();

    /**
     * Reads a 16-character tax code or an 11-digit company tax code.
     *
     * @param text  the code; null is refused with {@code VALUE_REQUIRED}
     * @param field the name of the input field, for the error message
     * @return the code
     * @throws dev.sportello.InvalidInputException naming the field and the reason
     */
    static FiscalCode parse(String text, String field) {
        String compact = dev.sportello.Arguments.strip(dev.sportello.Arguments.required(text, "FiscalCode",
                field == null ? "fiscalCode" : field));
        return compact.length() == 11 && compact.chars().allMatch(Character::isDigit)
                ? CompanyTaxCode.parse(compact, field)
                : TaxCode.parse(compact, field);
    }
}
