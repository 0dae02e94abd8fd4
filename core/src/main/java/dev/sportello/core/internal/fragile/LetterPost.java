package dev.sportello.core.internal.fragile;

import dev.sportello.UserId;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.RemoteTask;
import dev.sportello.core.internal.kernel.TaskType;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.dossiers.DossierDocument;
import dev.sportello.dossiers.spi.DocumentContentStore;
import dev.sportello.dossiers.spi.DocumentStore;
import dev.sportello.fragile.FragileEvents;
import dev.sportello.fragile.LetterId;
import dev.sportello.fragile.LetterPurpose;
import dev.sportello.fragile.LetterStatus;
import dev.sportello.fragile.spi.EnrolmentRecord;
import dev.sportello.fragile.spi.FragileStore;
import dev.sportello.fragile.spi.LetterRecord;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.LetterDocument;
import dev.sportello.spi.PostalChannel;
import dev.sportello.spi.PostalLetter;
import dev.sportello.users.FragileGround;
import dev.sportello.users.spi.UserRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Letters of the channel: queued in the command's transaction as a {@link #POST} task, posted after commit by
 * the dispatcher through the {@link PostalChannel} — never inside the unit of work, never by another channel.
 * The task reads the letter and its enclosure in a short transaction of its own, renders the covering letter,
 * hands the letter to the port with no transaction open, then records the answer: accepted → POSTED with the
 * provider's reference, refused → REFUSED with the reason. A failure (an exception, a timeout, a
 * {@link DeliveryResult.Failed}) is thrown back to the dispatcher, which retries with backoff and keeps the
 * entry as a dead letter when the retries run out: the letter stays QUEUED, never dropped. The idempotency key
 * is the letter's id, the same on every retry.
 *
 * <p>The personal code travels in the task's payload only (only its hash is stored with the enrolment), as
 * one-time codes travel in the payload of their messages.
 *
 * <p>Thread-safe.
 */
final class LetterPost {
    /** The stable kind codes a provider receives. */
    static final String KIND_PREFIX = "FRAGILE_";

    /**
     * The task's payload.
     *
     * @param letter the letter
     * @param code   the personal code it carries, or null for a document
     */
    record Posting(LetterId letter, String code) {
    }

    static final TaskType<Posting> POST = new TaskType<>("fragile.letter-post", LetterPost::encode, LetterPost::decode);

    /** What the task prepared: a letter to post, nothing to do, or a refusal made without calling the port. */
    private sealed interface Prepared permits Ready, Skip, Unavailable {
    }

    private record Ready(PostalLetter letter) implements Prepared {
    }

    private record Skip() implements Prepared {
    }

    private record Unavailable(String reason) implements Prepared {
    }

    /** The answer to record; null when there was nothing to post. */
    record Answer(DeliveryResult result) {
    }

    private final Kernel kernel;
    private final PostalChannel postal;
    private final LetterTexts texts;
    private final OfficeService offices;

    LetterPost(Kernel kernel, PostalChannel postal, LetterTexts texts, OfficeService offices) {
        this.kernel = kernel;
        this.postal = postal;
        this.texts = texts;
        this.offices = offices;
    }

    private static Map<String, String> encode(Posting p) {
        Map<String, String> map = new HashMap<>();
        map.put("letter", p.letter().toString());
        if (p.code() != null) {
            map.put("code", p.code());
        }
        return map;
    }

    private static Posting decode(Map<String, String> map) {
        return new Posting(LetterId.of(map.get("letter")), map.get("code"));
    }

    static String cancelKey(LetterId id) {
        return "fragile-letter:" + id;
    }

    /**
     * Queues a letter, posted after commit.
     *
     * @param tx       the command's transaction
     * @param user     the recipient
     * @param purpose  what it carries
     * @param document the enclosed document (DOCUMENT), else null
     * @param code     the personal code (PERSONAL_CODE), else null
     * @return the queued letter
     */
    LetterRecord queue(Tx tx, UserId user, LetterPurpose purpose, DossierDocument document, String code) {
        LetterRecord letter = LetterRecord.builder().id(new LetterId(tx.newUuid())).user(user).purpose(purpose)
                .dossier(document == null ? null : document.dossier()).document(document == null ? null : document.id())
                .documentKind(document == null ? null : document.kind()).documentYear(document == null ? 0 : document.year())
                .status(LetterStatus.QUEUED).requestedAt(tx.now()).requestedBy(tx.principal().actor()).version(0).build();
        tx.store(FragileStore.class).insertLetter(letter);
        tx.schedule(POST, new Posting(letter.id(), code), tx.now(), cancelKey(letter.id()));
        tx.audit("FRAGILE_LETTER_QUEUED", letter.id());
        tx.event(FragileEvents.LETTER_QUEUED, letter.id(), Map.of("purpose", purpose.name()));
        return letter;
    }

    /**
     * Cancels a letter still queued (its personal code was reissued or revoked); a letter already posted stays.
     *
     * @param tx the command's transaction
     * @param id the letter
     */
    void cancelQueued(Tx tx, LetterId id) {
        FragileStore store = tx.store(FragileStore.class);
        store.findLetter(id).filter(r -> r.status() == LetterStatus.QUEUED).ifPresent(r -> {
            Notifier.cancel(tx, cancelKey(id), "personal code replaced");
            store.updateLetter(r.toBuilder().status(LetterStatus.CANCELLED).version(r.version() + 1).build(), r.version());
            tx.audit("FRAGILE_LETTER_CANCELLED", id);
        });
    }

    RemoteTask<Posting, Answer> posting() {
        return new RemoteTask<>() {
            @Override
            public Answer call(Posting posting) {
                Prepared prepared = kernel.system(tx -> prepare(tx, posting));
                if (prepared instanceof Skip) {
                    return new Answer(null);
                }
                if (prepared instanceof Unavailable unavailable) {
                    return new Answer(DeliveryResult.refused(unavailable.reason()));
                }
                DeliveryResult result = postal.post(((Ready) prepared).letter());
                if (result == null || result instanceof DeliveryResult.Failed) {
                    throw new IllegalStateException("posting failed for now: "
                            + (result == null ? "no answer" : ((DeliveryResult.Failed) result).reason()));
                }
                return new Answer(result);
            }

            @Override
            public void record(Tx tx, Posting posting, Answer answer) {
                recordAnswer(tx, posting.letter(), answer.result());
            }
        };
    }

    private Prepared prepare(Tx tx, Posting posting) {
        FragileStore store = tx.store(FragileStore.class);
        Optional<LetterRecord> found = store.findLetter(posting.letter());
        if (found.isEmpty() || found.get().status() != LetterStatus.QUEUED) {
            return new Skip();
        }
        LetterRecord letter = found.get();
        UserRecord user = UserRecords.require(tx, letter.user());
        EnrolmentRecord enrolment = store.findEnrolment(letter.user()).orElseThrow(() ->
                FragileRecords.notEnrolled(letter.user()));
        List<LetterDocument> documents = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        switch (letter.purpose()) {
            case PERSONAL_CODE -> values.put("code", PersonalCodes.printed(posting.code()));
            case DOCUMENT -> {
                Optional<DossierDocument> document = tx.store(DocumentStore.class).find(letter.dossier(), letter.document());
                Optional<byte[]> bytes = document.flatMap(d -> content(tx, d));
                if (bytes.isEmpty()) {
                    return new Unavailable("the document is no longer in the dossier");
                }
                values.put("document", document.get().title());
                values.put("requested", letter.requestedAt().toString());
                documents.add(new LetterDocument(document.get().fileName(), document.get().contentType(), bytes.get()));
            }
        }
        List<String> recipient = new ArrayList<>();
        recipient.add(Text.truncate(user.name(), 60));
        recipient.addAll(enrolment.residence().lines());
        byte[] cover = LetterPdf.render(texts.content(letter.purpose(), user.language(), recipient,
                offices.requireFor(user.municipality()), letter.requestedAt(), values,
                enrolment.grounds().contains(FragileGround.CIVILLY_BLIND)));
        documents.add(0, new LetterDocument("lettera-" + letter.id() + ".pdf", "application/pdf", cover));
        return new Ready(new PostalLetter(letter.id().toString(), recipient.get(0), enrolment.residence(),
                KIND_PREFIX + letter.purpose().name(), documents, posting.code()));
    }

    private static Optional<byte[]> content(Tx tx, DossierDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            boolean found = tx.store(DocumentContentStore.class).read(document.dossier(), document.id(), out);
            return found ? Optional.of(out.toByteArray()) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("the document could not be read: " + e.getClass().getSimpleName(), e);
        }
    }

    /** What the provider said, unless the letter already has an answer. */
    private static void recordAnswer(Tx tx, LetterId id, DeliveryResult result) {
        FragileStore store = tx.store(FragileStore.class);
        LetterRecord letter = store.findLetter(id).orElse(null);
        if (result == null || letter == null || letter.status() == LetterStatus.POSTED
                || letter.status() == LetterStatus.REFUSED) {
            return;
        }
        LetterRecord.Builder next = letter.toBuilder().postedAt(tx.now()).version(letter.version() + 1);
        if (result instanceof DeliveryResult.Accepted accepted) {
            store.updateLetter(next.status(LetterStatus.POSTED).reference(Text.truncate(accepted.providerId(), 120))
                    .build(), letter.version());
            tx.audit("FRAGILE_LETTER_POSTED", id);
            tx.event(FragileEvents.LETTER_POSTED, id, Map.of("purpose", letter.purpose().name()));
        } else if (result instanceof DeliveryResult.Refused refused) {
            store.updateLetter(next.status(LetterStatus.REFUSED).refusal(Text.truncate(refused.reason(), 200)).build(),
                    letter.version());
            tx.audit("FRAGILE_LETTER_REFUSED", id);
            tx.event(FragileEvents.LETTER_REFUSED, id, Map.of("purpose", letter.purpose().name()));
        } else {
            throw new IllegalStateException("a failed posting is retried, never recorded: " + result);
        }
    }
}
