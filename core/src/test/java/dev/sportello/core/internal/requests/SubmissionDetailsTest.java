package dev.sportello.core.internal.requests;

import dev.sportello.AuditEntry;
import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.PageRequest;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestFiles;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestEvents;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.StoredFile;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.spi.Stores;
import dev.sportello.spi.TransactionalWork;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.spi.WriteBatch;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;

/** Submission details: the archive on the timeline, answers with files, the idempotency fingerprint and key races (R-REQ-2…4). */
class SubmissionDetailsTest {
    private final AtomicBoolean staleKeyRead = new AtomicBoolean();
    private final CoreFixture h = new CoreFixture(StaleKeyReads::new, b -> { });

    @AfterEach
    void close() {
        h.close();
    }

    /**
     * A unit of work whose next idempotency-key lookup misses, as a read does when a concurrent submission
     * with the same key commits just after it.
     */
    private final class StaleKeyReads implements UnitOfWork {
        private final UnitOfWork delegate;

        StaleKeyReads(UnitOfWork delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T inTransaction(TransactionalWork<T> work) {
            return delegate.inTransaction(stores -> work.run(new Stores() {
                @Override
                public <S> S get(Class<S> type) {
                    S store = stores.get(type);
                    return type == RequestStore.class ? type.cast(stale((RequestStore) store)) : store;
                }

                @Override
                public void flush(WriteBatch batch) {
                    stores.flush(batch);
                }
            }));
        }

        private RequestStore stale(RequestStore store) {
            return (RequestStore) Proxy.newProxyInstance(RequestStore.class.getClassLoader(),
                    new Class<?>[] {RequestStore.class}, (proxy, method, args) -> {
                        if (method.getName().equals("findByIdempotencyKey") && staleKeyRead.compareAndSet(true, false)) {
                            return Optional.empty();
                        }
                        try {
                            return method.invoke(store, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Set<Class<?>> storeTypes() {
            return delegate.storeTypes();
        }

        @Override
        public String spiVersion() {
            return delegate.spiVersion();
        }
    }

    private SubmitRequest command(List<Attachment> files) {
        return new SubmitRequest(h.key(), TopicCode.GENERIC, null, null, Map.of("subject", "Domanda"), "Testo", files);
    }

    private static TimelineEntry last(Request r, TimelineKind kind) {
        return r.timeline().stream().filter(e -> e.kind() == kind).reduce((a, b) -> b).orElseThrow();
    }

    @Nested
    @DisplayName("R-REQ-2 the files of a submission are on its first timeline entry")
    class Timeline {
        @Test
        @DisplayName("R-REQ-2 the SUBMITTED entry names the archive of the files, or none without files")
        void theSubmittedEntryNamesTheArchive() {
            UserProfile user = h.citizen();
            Request withFiles = h.sdk.requests().submit(as(user), command(List.of(TestFiles.pdf("a.pdf", 1000))));
            assertThat(last(withFiles, TimelineKind.SUBMITTED).archive()).isNotNull()
                    .isEqualTo(withFiles.attachments().get(0).archive());
            assertThat(last(withFiles, TimelineKind.SUBMITTED).data()).isEqualTo(Map.of("topic", "GENERIC"));
            Request without = h.sdk.requests().submit(as(user), command(List.of()));
            assertThat(last(without, TimelineKind.SUBMITTED).archive()).isNull();
            assertThat(without.attachments()).isEmpty();
        }
    }

    @Test
    @DisplayName("R-REQ-3 a submission is audited and published with its office, topic and protocol")
    void aSubmissionIsTraced() {
        Request r = h.sdk.requests().submit(as(h.citizen()), command(List.of()));
        assertThat(h.audit(r.id())).extracting(AuditEntry::action).containsExactly("REQUEST_SUBMITTED");
        h.deliver();
        assertThat(h.channels.events()).filteredOn(e -> e.type().equals(RequestEvents.SUBMITTED))
                .singleElement().satisfies(e -> {
                    assertThat(e.subjectId()).isEqualTo(r.id().auditId());
                    assertThat(e.attributes()).isEqualTo(Map.of("office", "ROMA-TIBURTINO", "topic", "GENERIC",
                            "protocol", r.protocol().value()));
                });
    }

    @Nested
    @DisplayName("R-REQ-4 the user answers the office's question")
    class Answers {
        private Request asked(UserProfile user) {
            Request r = h.sdk.requests().submit(as(user), command(List.of(TestFiles.pdf("domanda.pdf", 1500))));
            Request taken = h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(r.id(), r.version(), null));
            return h.sdk.requests().askForInformation(BACK_OFFICE, new AskForInformation(r.id(), taken.version(),
                    "Inviate il modulo."));
        }

        @Test
        @DisplayName("R-REQ-4 the files of an answer are kept as a second archive, named on the ANSWERED entry")
        void theAnswersFilesAreKept() {
            UserProfile user = h.citizen();
            Request asked = asked(user);
            Attachment modulo = TestFiles.pdf("modulo.pdf", 3000);
            Request answered = h.sdk.requests().answer(as(user), new AnswerRequest(asked.id(), asked.version(),
                    "  Ecco il modulo. ", List.of(modulo)));
            assertThat(answered.attachments()).hasSize(2);
            AttachmentInfo added = answered.attachments().get(1);
            assertThat(added.archive()).isNotEqualTo(answered.attachments().get(0).archive());
            TimelineEntry entry = last(answered, TimelineKind.ANSWERED);
            assertThat(entry.archive()).isEqualTo(added.archive());
            assertThat(entry.text()).isEqualTo("Ecco il modulo.");
            List<StoredFile> files = h.sdk.requests().files(BACK_OFFICE, asked.id(), added.archive());
            assertThat(files).singleElement().satisfies(f -> assertThat(f.content()).isEqualTo(modulo.content()));
        }

        @Test
        @DisplayName("R-REQ-4 an answer without files names no archive, and is audited and published")
        void anAnswerIsTraced() {
            UserProfile user = h.citizen();
            Request asked = asked(user);
            Request answered = h.sdk.requests().answer(as(user), new AnswerRequest(asked.id(), asked.version(), "Fatto.",
                    List.of()));
            assertThat(last(answered, TimelineKind.ANSWERED).archive()).isNull();
            assertThat(answered.attachments()).hasSize(1);
            assertThat(h.audit(asked.id())).filteredOn(a -> a.outcome() == AuditEntry.Outcome.SUCCEEDED)
                    .extracting(AuditEntry::action).contains("REQUEST_ANSWERED");
            h.deliver();
            assertThat(h.channels.events()).filteredOn(e -> e.type().equals(RequestEvents.ANSWERED))
                    .extracting(DomainEvent::subjectId, DomainEvent::attributes)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(asked.id().auditId(),
                            Map.of("office", "ROMA-TIBURTINO")));
        }

        @Test
        @DisplayName("R-REQ-4 a closed request takes no answer, even to a question asked before closing")
        void aClosedRequestTakesNoAnswer() {
            UserProfile user = h.citizen();
            Request asked = asked(user);
            Request closed = h.sdk.requests().close(BACK_OFFICE, new CloseRequest(asked.id(), asked.version(), "ANSWERED",
                    "Chiusa."));
            fails(() -> h.sdk.requests().answer(as(user), new AnswerRequest(asked.id(), closed.version(), "Tardi.",
                    List.of())), ErrorCode.REQ_ILLEGAL_TRANSITION);
        }
    }

    @Nested
    @DisplayName("R-REQ-3 a retry with the same key registers once")
    class Idempotency {
        @Test
        @DisplayName("R-REQ-3 the same key with other files is another request, refused")
        void otherFilesAreOtherContent() {
            UserProfile user = h.citizen();
            SubmitRequest first = command(List.of(TestFiles.pdf("a.pdf", 1000)));
            h.sdk.requests().submit(as(user), first);
            fails(() -> h.sdk.requests().submit(as(user), new SubmitRequest(first.idempotencyKey(), first.topic(), null,
                    null, first.fields(), first.text(), List.of(TestFiles.pdf("a.pdf", 1001)))),
                    ErrorCode.REQ_IDEMPOTENCY_KEY_REUSED);
        }

        @Test
        @DisplayName("R-REQ-3 a submission that loses a race on its key returns the winner's request")
        void theLoserOfAKeyRaceGetsTheWinner() {
            UserProfile user = h.citizen();
            SubmitRequest command = command(List.of());
            Request winner = h.sdk.requests().submit(as(user), command);
            staleKeyRead.set(true);
            Request loser = h.sdk.requests().submit(as(user), command);
            assertThat(staleKeyRead).as("the lookup did miss").isFalse();
            assertThat(loser.id()).isEqualTo(winner.id());
            assertThat(loser.protocol()).isEqualTo(winner.protocol());
            assertThat(h.sdk.requests().search(as(user), RequestSearch.all(PageRequest.first(10))).items()).hasSize(1);
        }
    }
}
