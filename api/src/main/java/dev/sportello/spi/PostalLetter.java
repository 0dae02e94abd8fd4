package dev.sportello.spi;

import dev.sportello.Arguments;
import dev.sportello.users.PostalAddress;

import java.util.List;

/**
 * A letter for a {@link PostalChannel}: documents to print, in order, and the recipient to post them to. The
 * first document is the covering letter the SDK rendered; the ones after it are enclosures (a tax certificate
 * of the user's dossiers). The covering letter of a personal code carries the code: a transport must not keep
 * or log the documents beyond what printing needs.
 *
 * <p>Immutable and thread-safe. {@link #toString()} hides the name, the address and the documents' content.
 *
 * @param idempotencyKey the letter's id; the same key may arrive again after a failure, not null
 * @param recipient      the name printed above the address, not null
 * @param address        where to post it, not null
 * @param kind           what the letter is, a stable code such as {@code FRAGILE_PERSONAL_CODE} or
 *                       {@code FRAGILE_DOCUMENT}, for providers that pick a product (priority, registered) by
 *                       it; not null
 * @param documents      the documents, at least one, not null
 * @param personalCode   the personal code the covering letter carries, for transports that treat it specially
 *                       (a provider's secure-print product: a sealed, tamper-evident letter) and for tests;
 *                       null for any other letter
 */
public record PostalLetter(String idempotencyKey, String recipient, PostalAddress address, String kind,
                           List<LetterDocument> documents, String personalCode) {
    /** Checks and copies the components. */
    public PostalLetter {
        Arguments.required(idempotencyKey, "PostalLetter", "idempotencyKey");
        Arguments.required(recipient, "PostalLetter", "recipient");
        Arguments.required(address, "PostalLetter", "address");
        Arguments.required(kind, "PostalLetter", "kind");
        documents = Arguments.list(documents, "PostalLetter", "documents");
        if (documents.isEmpty()) {
            throw Arguments.invalid("PostalLetter", "documents", "at least one document");
        }
    }

    /**
     * A letter without a personal code.
     *
     * @param idempotencyKey the letter's id, not null
     * @param recipient      the name, not null
     * @param address        the address, not null
     * @param kind           the kind code, not null
     * @param documents      the documents, at least one, not null
     */
    public PostalLetter(String idempotencyKey, String recipient, PostalAddress address, String kind,
                        List<LetterDocument> documents) {
        this(idempotencyKey, recipient, address, kind, documents, null);
    }

    @Override
    public String toString() {
        return "PostalLetter[" + idempotencyKey + ", " + kind + ", " + documents.size() + " document(s)]";
    }
}
