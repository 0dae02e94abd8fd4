package dev.sportello.core.internal.fragile;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.internal.fragile.ChannelStaff.Who;
import dev.sportello.core.internal.fragile.FragileRecords.Enrolled;
import dev.sportello.core.internal.kernel.Checks;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.fragile.Letter;
import dev.sportello.fragile.LetterPurpose;
import dev.sportello.fragile.RequestDocumentByPost;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.fragile.spi.LetterRecord;
import dev.sportello.users.spi.UserRecord;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents sent to the residence (R-USR-5): an enrolled user — or whoever acts for them, or the channel staff
 * — asks for a document of a kind; the latest of that kind among the user's dossiers (of the year, when one is
 * given) goes in a letter with a covering page, queued in this transaction and posted after commit. A user with
 * no such document gets {@code FRG_NO_DOCUMENT_OF_KIND}, and nothing is queued. The letters list shows where
 * each letter is: queued, posted with the provider's reference, refused, or cancelled.
 *
 * <p>Thread-safe.
 */
final class DocumentsByPost {
    private final Kernel kernel;
    private final ChannelStaff staff;
    private final OfficeService offices;
    private final LetterPost letters;
    private final LetterTexts texts;

    DocumentsByPost(Kernel kernel, ChannelStaff staff, OfficeService offices, LetterPost letters, LetterTexts texts) {
        this.kernel = kernel;
        this.staff = staff;
        this.offices = offices;
        this.letters = letters;
        this.texts = texts;
    }

    Letter request(Principal principal, RequestDocumentByPost command) {
        return kernel.execute(principal, Operation.FRAGILE_CHANNEL, command, tx -> {
            Enrolled enrolled = FragileRecords.require(tx, offices, command.user(), (u, office) -> staff.require(
                    principal, Operation.FRAGILE_CHANNEL, u.id(), u.id(), office.code(), Who.OWNER_STAFF_SERVICE, Set.of()));
            UserRecord user = enrolled.user();
            texts.requireContacts();
            DossierDocument document = tx.store(DocumentStore.class).listOfOwner(user.id()).stream()
                    .filter(d -> d.kind() == command.kind())
                    .filter(d -> command.year() == null || d.year() == command.year())
                    .findFirst()
                    .orElseThrow(() -> SportelloException.of(ErrorCode.FRG_NO_DOCUMENT_OF_KIND,
                            Map.of("field", "kind", "kind", command.kind().name())));
            LetterRecord letter = letters.queue(tx, enrolled.enrolment().user(), LetterPurpose.DOCUMENT, document, null);
            return FragileRecords.view(letter);
        });
    }

    List<Letter> letters(Principal principal, UserId user) {
        Checks.notNull(user, "letters", "user");
        return kernel.execute(principal, Operation.FRAGILE_CHANNEL, tx -> {
            UserRecord record = UserRecords.require(tx, user);
            staff.require(principal, Operation.FRAGILE_CHANNEL, user, user,
                    offices.requireFor(record.municipality()).code(), Who.OWNER_STAFF_SERVICE, Set.of());
            return tx.store(FragileStore.class).lettersOf(user).stream().map(FragileRecords::view).toList();
        });
    }
}
