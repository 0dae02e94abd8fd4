package dev.sportello.dossiers;

import dev.sportello.Arguments;
import dev.sportello.offices.OfficeCode;

/**
 * How a payment reaches the user (forma di pagamento).
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface PaymentMethod {
    /** Bank or postal account. */
    enum AccountType {
        /** A bank account. */
        BANK,
        /** A postal account (BancoPosta). */
        POSTAL
    }

    /**
     * Credit to a bank or postal account. In a report, {@code iban} is the full IBAN (electronic or print
     * format; its check digits are verified at ingestion and it is kept in electronic format); in what the
     * SDK returns it is masked, e.g. {@code IT60 **** **** **** **** ***2 345}.
     *
     * @param accountType the account type, not null
     * @param iban        the IBAN (or its masked form), 5–42 characters
     */
    record Account(AccountType accountType, String iban) implements PaymentMethod {
        /**
         * Checks the components (the check digits are verified by the SDK at ingestion).
         *
         * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
         */
        public Account {
            Arguments.required(accountType, "Account", "accountType");
            Arguments.required(iban, "Account", "iban");
            if (!DossierTexts.isIbanText(iban)) {
                throw Arguments.invalid("Account", "iban", "an IBAN");
            }
        }

        @Override
        public String toString() {
            return "Account[" + accountType + "]";   // never the IBAN
        }
    }

    /**
     * Cash at a post office.
     *
     * @param postOffice the post office, 1–120 characters (e.g. {@code "Roma 12, via Marsala"})
     */
    record PostOfficeCash(String postOffice) implements PaymentMethod {
        /**
         * Checks the component.
         *
         * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED} or {@code VALUE_INVALID}
         */
        public PostOfficeCash {
            DossierTexts.text(postOffice, "PostOfficeCash", "postOffice", 120);
        }
    }

    /**
     * At the counter of one of the institution's offices.
     *
     * @param office the office, not null
     */
    record Counter(OfficeCode office) implements PaymentMethod {
        /**
         * Checks the component.
         *
         * @throws dev.sportello.InvalidInputException with {@code VALUE_REQUIRED}
         */
        public Counter {
            Arguments.required(office, "Counter", "office");
        }
    }
}
