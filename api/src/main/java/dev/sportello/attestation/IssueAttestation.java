package dev.sportello.attestation;

import dev.sportello.Arguments;
import dev.sportello.dossiers.DossierId;

/**
 * Asks for an attestation of the status a dossier's medical report attests (R-DOS-5).
 *
 * <p>Immutable and thread-safe.
 *
 * @param dossier           the dossier, not null
 * @param form              how the holder is named, not null
 * @param documentReference for {@link HolderForm#DOCUMENT_REFERENCE}: 1–80 characters (letters, digits, {@code -}),
 *                          required; for {@link HolderForm#NAMED}: must be null
 */
public record IssueAttestation(DossierId dossier, HolderForm form, String documentReference) {
    /**
     * Checks the fields.
     *
     * @throws dev.sportello.InvalidInputException {@code VALUE_REQUIRED} or {@code VALUE_INVALID} naming the field
     */
    public IssueAttestation {
        Arguments.required(dossier, "IssueAttestation", "dossier");
        Arguments.required(form, "IssueAttestation", "form");
        if (form == HolderForm.DOCUMENT_REFERENCE) {
            Arguments.required(documentReference, "IssueAttestation", "documentReference");
            if (!documentReference.matches("[A-Za-z0-9-]{1,80}")) {
                throw Arguments.invalid("IssueAttestation", "documentReference", "1-80 letters, digits or '-'");
            }
        } else if (documentReference != null) {
            throw Arguments.invalid("IssueAttestation", "documentReference", "only with DOCUMENT_REFERENCE");
        }
    }

    /**
     * An attestation naming the holder by name and birth date.
     *
     * @param dossier the dossier
     * @return the command
     */
    public static IssueAttestation named(DossierId dossier) {
        return new IssueAttestation(dossier, HolderForm.NAMED, null);
    }

    /**
     * An attestation naming the holder by a reference checked against an ID document.
     *
     * @param dossier   the dossier
     * @param reference the reference
     * @return the command
     */
    public static IssueAttestation documentReference(DossierId dossier, String reference) {
        return new IssueAttestation(dossier, HolderForm.DOCUMENT_REFERENCE, reference);
    }
}
