package dev.sportello.attestation.verifier;

/**
 * Where the token's revocation status is (CWT claim 65535 {@code status} → {@code status_list}): the index of its
 * bit in the Token Status List published at {@code uri}. Immutable; thread-safe.
 *
 * @param uri   the status list's URI (its {@code sub}), never null, at most 256 characters
 * @param index the bit index, 0 to {@value StatusList#MAX_ENTRIES} - 1
 */
public record StatusReference(String uri, long index) {
    /**
     * @throws AttestationFormatException when the URI is missing or badly formed, or the index out of range
     */
    public StatusReference {
        Check.text(uri, "uri", 256);
        if (index < 0 || index >= StatusList.MAX_ENTRIES) {
            throw Check.invalid("index", "a status index is 0 to " + (StatusList.MAX_ENTRIES - 1));
        }
    }
}
