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
     * The code with omocodia undone (for a tax code: the original digits and the check character
     * recomputed; a company tax code is its own canonical form). Users are unique, and found, by this
     * form: an omocodia variant of a registered code is the same code.
     *
     * @return the canonical form, never null
     */
    String canonical();

    /**
     * Reads a 16-character tax code or an 11-digit company tax code (with an optional {@code IT} prefix);
     * spaces of any kind around the code, as copy-and-paste brings, are dropped.
     *
     * @param text  the code; null is refused with {@code VALUE_REQUIRED}
     * @param field the name of the input field, for the error message
     * @return the code
     * @throws dev.sportello.InvalidInputException naming the field and the reason
     */
    static FiscalCode parse(String text, String field) {
        String compact = dev.sportello.Arguments.strip(dev.sportello.Arguments.required(text, "FiscalCode",
                field == null ? "fiscalCode" : field));
        String digits = CompanyTaxCode.withoutPrefix(compact);
        // eleven characters are a company tax code, whatever they are: its parser names the fault
        return digits.length() == 11
                ? CompanyTaxCode.parse(digits, field)
                : TaxCode.parse(compact, field);
    }
}
