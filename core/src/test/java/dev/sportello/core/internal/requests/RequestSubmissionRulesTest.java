package dev.sportello.core.internal.requests;

import dev.sportello.Channel;
import dev.sportello.ErrorCode;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.TopicCode;
import dev.sportello.core.internal.testing.CoreFixture;
import dev.sportello.core.internal.testing.TestFiles;
import dev.sportello.core.internal.testing.TestOffices;
import dev.sportello.notifications.MessageStatus;
import dev.sportello.notifications.MessageView;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.requests.RequestState;
import dev.sportello.requests.StoredFile;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.users.UserProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.sportello.core.internal.testing.CoreFixture.BACK_OFFICE;
import static dev.sportello.core.internal.testing.CoreFixture.as;
import static dev.sportello.core.internal.testing.CoreFixture.fails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Submitting requests: topics, attachments, registration, routing and notice, pilots (R-REQ-1…3, R-REQ-7). */
class RequestSubmissionRulesTest {
    private final CoreFixture h = new CoreFixture();

    @AfterEach
    void close() {
        h.close();
    }

    private SubmitRequest command(TopicCode topic, Map<String, String> fields, List<Attachment> files) {
        return new SubmitRequest(h.key(), topic, null, null, fields, "Testo della richiesta", files);
    }

    private Request generic(Principal p, List<Attachment> files) {
        return h.sdk.requests().submit(p, command(TopicCode.GENERIC, Map.of("subject", "Domanda"), files));
    }

    @Nested
    @DisplayName("R-REQ-1 a generic request or one specific to a topic, whose topic sets subject and mandatory fields")
    class Topics {
        @Test
        @DisplayName("R-REQ-1 a topic sets the subject line from its fields")
        void theTopicSetsTheSubject() {
            UserProfile user = h.citizen();
            Request durc = h.sdk.requests().submit(as(user), command(TopicCode.CONTRIBUTORY_REGULARITY,
                    Map.of("period", "2026-01/2026-03"), List.of()));
            assertThat(durc.subject()).isEqualTo("Regolarità contributiva – periodo 2026-01/2026-03");
            assertThat(generic(as(user), List.of()).subject()).isEqualTo("Domanda");
        }

        @Test
        @DisplayName("R-REQ-1 the mandatory fields of each topic are checked")
        void mandatoryFieldsAreChecked() {
            Principal p = as(h.citizen());
            fails(() -> h.sdk.requests().submit(p, command(TopicCode.CONTRIBUTORY_REGULARITY, Map.of(), List.of())),
                    ErrorCode.REQ_FIELD_MISSING);
            fails(() -> h.sdk.requests().submit(p, command(TopicCode.CONTRIBUTORY_REGULARITY, Map.of("period", "2027-01"),
                    List.of())), ErrorCode.REQ_PERIOD_IN_FUTURE);
            fails(() -> h.sdk.requests().submit(p, command(TopicCode.CONTRIBUTORY_REGULARITY, Map.of("period", "gennaio"),
                    List.of())), ErrorCode.REQ_FIELD_INVALID);
            fails(() -> h.sdk.requests().submit(p, command(TopicCode.GENERIC, Map.of("iban", "IT00"), List.of())),
                    ErrorCode.REQ_FIELD_UNKNOWN);
            fails(() -> h.sdk.requests().submit(p, command(TopicCode.DOSSIER_STATUS, Map.of(), List.of())),
                    ErrorCode.REQ_DOSSIER_REQUIRED);
            fails(() -> h.sdk.requests().submit(p, command(TopicCode.MONTHLY_DECLARATIONS, Map.of("month", "2026-01"),
                    List.of())), ErrorCode.REQ_COMPANY_REQUIRED);
            fails(() -> h.sdk.requests().submit(p, command(new TopicCode("HOROSCOPE"), Map.of(), List.of())),
                    ErrorCode.REQ_TOPIC_UNKNOWN);
            fails(() -> h.sdk.requests().submit(p, new SubmitRequest(h.key(), TopicCode.GENERIC, null, null, Map.of(), " ",
                    List.of())), ErrorCode.VALIDATION_FAILED);
        }

        @Test
        @DisplayName("R-REQ-1 a company's request names its registration number; nobody else may name it")
        void aCompanyRequestNamesItsNumber() {
            UserProfile company = h.company();
            UserProfile citizen = h.citizen();
            SubmitRequest forCompany = new SubmitRequest(h.key(), TopicCode.MONTHLY_DECLARATIONS, company.registrationNumber(),
                    null, Map.of("month", "2026-01"), "DM di gennaio", List.of());
            assertThat(h.sdk.requests().submit(as(company), forCompany).company()).isEqualTo(company.registrationNumber());
            fails(() -> h.sdk.requests().submit(as(citizen), new SubmitRequest(h.key(), TopicCode.MONTHLY_DECLARATIONS,
                    company.registrationNumber(), null, Map.of("month", "2026-01"), "x", List.of())),
                    ErrorCode.ACCESS_NOT_OWNER);
            fails(() -> h.sdk.requests().submit(as(citizen), new SubmitRequest(h.key(), TopicCode.GENERIC,
                    h.data.registrationNumber(), null, Map.of(), "x", List.of())), ErrorCode.REQ_COMPANY_UNKNOWN);
            fails(() -> h.sdk.requests().submit(CoreFixture.PORTAL, forCompany), ErrorCode.ACCESS_ROLE_REQUIRED);
        }
    }

    @Nested
    @DisplayName("R-REQ-2 up to three files, kept as one zip, checked on their content")
    class Attachments {
        @Test
        @DisplayName("R-REQ-2 three files are stored as one compressed archive and read back intact")
        void threeFilesAreOneArchive() {
            List<Attachment> files = List.of(TestFiles.pdf("DURC.pdf", 20_000), TestFiles.jpeg("ricevuta.jpg", 15_000),
                    TestFiles.png("estratto.png", 10_000));
            Request r = generic(as(h.citizen()), files);
            assertThat(r.attachments()).hasSize(3).extracting(AttachmentInfo::archive).containsOnly(
                    r.attachments().get(0).archive());
            byte[] zip = h.read(s -> s.get(AttachmentStore.class).get(r.attachments().get(0).archive())).orElseThrow();
            assertThat(zip).startsWith(0x50, 0x4B, 0x03, 0x04);
            List<StoredFile> back = h.sdk.requests().files(BACK_OFFICE, r.id(), r.attachments().get(0).archive());
            for (int i = 0; i < 3; i++) {
                assertThat(back.get(i).content()).isEqualTo(files.get(i).content());
            }
        }

        @Test
        @DisplayName("R-REQ-2 a fourth file is refused, and the limit is configurable")
        void aFourthFileIsRefused() {
            List<Attachment> four = List.of(TestFiles.pdf("a.pdf", 10), TestFiles.pdf("b.pdf", 11), TestFiles.pdf("c.pdf", 12),
                    TestFiles.pdf("d.pdf", 13));
            fails(() -> generic(as(h.citizen()), four), ErrorCode.REQ_TOO_MANY_FILES);
            try (CoreFixture one = new CoreFixture(b -> b.requests(r -> r.maxFiles(1)))) {
                UserProfile user = one.citizen();
                fails(() -> one.sdk.requests().submit(as(user), new SubmitRequest(one.key(), TopicCode.GENERIC, null, null,
                        Map.of(), "x", four.subList(0, 2))), ErrorCode.REQ_TOO_MANY_FILES);
            }
        }

        @Test
        @DisplayName("R-REQ-2 the type is read from the content: a renamed executable is refused, a renamed PDF is a PDF")
        void theTypeComesFromTheContent() {
            Principal p = as(h.citizen());
            fails(() -> generic(p, List.of(TestFiles.executable("fattura.pdf"))), ErrorCode.REQ_FILE_TYPE_NOT_ALLOWED);
            fails(() -> generic(p, List.of(new Attachment("vuoto.pdf", new byte[0]))), ErrorCode.REQ_FILE_EMPTY);
            Request r = generic(p, List.of(TestFiles.pdf("scansione.exe", 2000)));
            assertThat(r.attachments()).extracting(AttachmentInfo::name, AttachmentInfo::contentType)
                    .containsExactly(tuple("scansione.pdf", "application/pdf"));
        }

        @Test
        @DisplayName("R-REQ-2 size and type limits are configurable")
        void limitsAreConfigurable() {
            try (CoreFixture small = new CoreFixture(b -> b.requests(r -> r.sizeLimits(50_000, 80_000)
                    .allowedTypes(Set.of("application/pdf"))))) {
                Principal p = as(small.citizen());
                fails(() -> small.sdk.requests().submit(p, new SubmitRequest(small.key(), TopicCode.GENERIC, null, null,
                        Map.of(), "x", List.of(TestFiles.pdf("grande.pdf", 50_001)))), ErrorCode.REQ_FILE_TOO_LARGE);
                fails(() -> small.sdk.requests().submit(p, new SubmitRequest(small.key(), TopicCode.GENERIC, null, null,
                        Map.of(), "x", List.of(TestFiles.pdf("a.pdf", 45_000), TestFiles.pdf("b.pdf", 45_000)))),
                        ErrorCode.REQ_FILES_TOO_LARGE);
                fails(() -> small.sdk.requests().submit(p, new SubmitRequest(small.key(), TopicCode.GENERIC, null, null,
                        Map.of(), "x", List.of(TestFiles.png("foto.png", 1000)))), ErrorCode.REQ_FILE_TYPE_NOT_ALLOWED);
            }
        }
    }

    @Nested
    @DisplayName("R-REQ-3 a new request is registered, routed to the competent office and the user told at once")
    class RegistrationAndRouting {
        @Test
        @DisplayName("R-REQ-3 a request gets a protocol number of its office and year and is routed there")
        void aRequestIsRegisteredAndRouted() {
            UserProfile rome = h.citizen("H501");
            UserProfile cagliari = h.citizen("B354");
            Request first = generic(as(rome), List.of());
            assertThat(first.protocol().value()).isEqualTo("ROMA-TIBURTINO-2026-000001");
            assertThat(first.office()).isEqualTo(TestOffices.ROMA);
            assertThat(first.state()).isEqualTo(new RequestState.Open());
            assertThat(first.timeline()).extracting(TimelineEntry::kind).containsExactly(TimelineKind.SUBMITTED,
                    TimelineKind.REGISTERED, TimelineKind.ROUTED);
            assertThat(generic(as(rome), List.of()).protocol().value()).isEqualTo("ROMA-TIBURTINO-2026-000002");
            assertThat(generic(as(cagliari), List.of()).protocol().value()).isEqualTo("CAGLIARI-2026-000001");
            h.clock.set(Instant.parse("2027-01-04T09:00:00Z"));
            assertThat(generic(as(rome), List.of()).protocol().value()).isEqualTo("ROMA-TIBURTINO-2027-000001");
        }

        @Test
        @DisplayName("R-REQ-3 the user is told of registration and routing by e-mail and SMS at once, and later of closing")
        void theUserIsNotified() {
            UserProfile user = h.citizenWithContacts();
            Request r = generic(as(user), List.of());
            h.deliver();
            List<MessageView> messages = h.messages(user);
            for (var kind : List.of(RequestMessageKinds.REGISTERED, RequestMessageKinds.ROUTED)) {
                assertThat(messages).filteredOn(m -> m.kind().equals(kind)).extracting(MessageView::channel,
                        MessageView::status).contains(tuple(Channel.SMS, MessageStatus.SENT),
                        tuple(Channel.EMAIL, MessageStatus.SENT), tuple(Channel.INBOX, MessageStatus.DELIVERED));
            }
            assertThat(messages).noneMatch(m -> m.kind().equals(RequestMessageKinds.CLOSED));
            Request taken = h.sdk.requests().takeInCharge(BACK_OFFICE, new TakeInCharge(r.id(), r.version(), null));
            h.sdk.requests().close(BACK_OFFICE, new CloseRequest(r.id(), taken.version(), "ACCEPTED", "Fatto."));
            h.deliver();
            assertThat(h.messages(user)).filteredOn(m -> m.kind().equals(RequestMessageKinds.CLOSED))
                    .extracting(MessageView::channel).contains(Channel.SMS, Channel.EMAIL, Channel.INBOX);
        }

        @Test
        @DisplayName("R-REQ-3 a retry with the same key registers once; the key with other content is refused")
        void aRetryRegistersOnce() {
            UserProfile user = h.citizen();
            SubmitRequest command = command(TopicCode.GENERIC, Map.of(), List.of(TestFiles.pdf("a.pdf", 1000)));
            Request first = h.sdk.requests().submit(as(user), command);
            Request again = h.sdk.requests().submit(as(user), command);
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.protocol()).isEqualTo(first.protocol());
            SportelloException e = fails(() -> h.sdk.requests().submit(as(user), new SubmitRequest(command.idempotencyKey(),
                    TopicCode.GENERIC, null, null, Map.of(), "Altro testo", List.of())), ErrorCode.REQ_IDEMPOTENCY_KEY_REUSED);
            assertThat(e.details()).containsEntry("requestId", first.id().toString());
            assertThat(generic(as(user), List.of()).protocol().value()).isEqualTo("ROMA-TIBURTINO-2026-000002");
        }
    }

    @Nested
    @DisplayName("R-REQ-7 a feature is piloted on a few offices")
    class Pilot {
        @Test
        @DisplayName("R-REQ-7 requests are accepted only from users of the pilot offices")
        void onlyPilotOfficesTakeRequests() {
            try (CoreFixture pilot = new CoreFixture(b -> b.requests(r -> r.pilotOffices(Set.of(TestOffices.CAGLIARI,
                    TestOffices.AOSTA))))) {
                UserProfile rome = pilot.citizen("H501");
                UserProfile cagliari = pilot.citizen("B354");
                SportelloException e = fails(() -> pilot.sdk.requests().submit(as(rome), new SubmitRequest(pilot.key(),
                        TopicCode.GENERIC, null, null, Map.of(), "x", List.of())), ErrorCode.REQ_NOT_IN_PILOT);
                assertThat(e.details()).containsEntry("office", "ROMA-TIBURTINO");
                assertThat(pilot.sdk.requests().submit(as(cagliari), new SubmitRequest(pilot.key(), TopicCode.GENERIC, null,
                        null, Map.of(), "x", List.of())).office()).isEqualTo(TestOffices.CAGLIARI);
            }
        }
    }
}
