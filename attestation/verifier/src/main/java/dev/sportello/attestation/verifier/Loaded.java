package dev.sportello.attestation.verifier;

/**
 * What loading a signed document (a {@link TrustList} or a {@link StatusList}) answers: the document, or why it
 * was refused. Immutable; thread-safe; never null components.
 *
 * @param <T> the document type
 */
public sealed interface Loaded<T> {
    /** Why a document was refused. */
    enum Problem {
        /** The bytes are not a well-formed document of this kind. */
        MALFORMED,
        /** No configured key has the document's key id (or none was valid then). */
        UNKNOWN_KEY,
        /** The signature does not verify. */
        BAD_SIGNATURE,
        /** The document has expired (or is not yet issued). */
        EXPIRED
    }

    /**
     * The document verified.
     *
     * @param document the verified document
     * @param <T>      its type
     */
    record Accepted<T>(T document) implements Loaded<T> {
    }

    /**
     * The document was refused.
     *
     * @param problem which kind of refusal
     * @param reason  a short phrase
     * @param <T>     the document type
     */
    record Rejected<T>(Problem problem, String reason) implements Loaded<T> {
    }
}
