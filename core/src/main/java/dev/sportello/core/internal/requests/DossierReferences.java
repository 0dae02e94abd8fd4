package dev.sportello.core.internal.requests;

import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.offices.Office;
import dev.sportello.requests.RequestId;

/**
 * What the requests area asks of the dossiers area when a request names a dossier (R-DOS-3): whether the
 * owner may refer to it and which office manages it, and — once the request exists — to link the two. The
 * dossiers area installs its implementation in the {@link Slot} that the requests area provides; without
 * one, a dossier reference is plain text and the request goes to the residence office.
 *
 * <p>Implementations are thread-safe.
 */
public interface DossierReferences {
    /**
     * The office that handles a request about a dossier.
     *
     * @param tx      the submission's transaction
     * @param owner   the request's owner
     * @param dossier the dossier reference as given (stripped)
     * @return the dossier's managing office
     * @throws dev.sportello.SportelloException {@code DOS_ID_INVALID}, {@code DOS_NOT_FOUND}, or
     *         {@code ACCESS_NOT_OWNER} for someone else's dossier
     */
    Office route(Tx tx, UserId owner, String dossier);

    /**
     * Links a new request to the dossier it names, in the submission's transaction.
     *
     * @param tx      the submission's transaction
     * @param dossier the dossier reference, as routed
     * @param request the new request
     */
    void linked(Tx tx, String dossier, RequestId request);

    /** Where the dossiers area installs its references while the SDK is built. Thread-safe once built. */
    final class Slot {
        private volatile DossierReferences references;

        /**
         * Installs the references.
         *
         * @param value the implementation
         */
        public void install(DossierReferences value) {
            references = value;
        }

        DossierReferences get() {
            return references;
        }
    }
}
