package dev.sportello.attestation.verifier;

import java.time.LocalDate;

/**
 * Who the attestation is about, in one of two forms: the name and birth date (checked by looking at the person), or
 * a reference that the verifier checks against an identity document. Immutable; thread-safe; components never null.
 */
public sealed interface Holder {
    /** Longest name or reference accepted (characters). */
    int MAX_LENGTH = 80;

    /**
     * Family name, given name and birth date.
     *
     * @throws AttestationFormatException when a component is missing, blank, untrimmed, over 80 characters, or the
     *         birth date is before 1900
     */
    record Named(String familyName, String givenName, LocalDate birthDate) implements Holder {
        public Named {
            Check.text(familyName, "familyName", MAX_LENGTH);
            Check.text(givenName, "givenName", MAX_LENGTH);
            Check.present(birthDate, "birthDate");
            if (birthDate.getYear() < 1900 || birthDate.getYear() > 9999) {
                throw Check.invalid("birthDate", "a birth date is from 1900");
            }
        }

        /** Masked: a holder's name and birth date are personal data. */
        @Override
        public String toString() {
            return "Holder.Named[***]";
        }
    }

    /**
     * A reference to an identity document (for example "CIE:CA00000AA"), which the verifier compares with the
     * document shown.
     *
     * @throws AttestationFormatException when missing, blank, untrimmed or over 80 characters
     */
    record DocumentReference(String reference) implements Holder {
        public DocumentReference {
            Check.text(reference, "reference", MAX_LENGTH);
        }

        /** Masked: a document reference is personal data. */
        @Override
        public String toString() {
            return "Holder.DocumentReference[***]";
        }
    }
}
