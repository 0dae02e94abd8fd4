package dev.sportello.attestation;

/**
 * How an attestation names its holder (minimal data, R-DOS-5).
 *
 * <p>Thread-safe (an enum).
 */
public enum HolderForm {
    /** The holder's name and birth date, as registered. */
    NAMED,
    /** Only a reference (e.g. an ID document's number) that the verifier checks against an ID document shown with it. */
    DOCUMENT_REFERENCE
}
