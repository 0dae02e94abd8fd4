package dev.sportello.core.internal.requests;

import dev.sportello.ConflictException;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.RequestSettings;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.LogSafe;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.notifications.Notifier;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.core.internal.users.UserRecords;
import dev.sportello.offices.Office;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.ProtocolNumber;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestEvents;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.StoredFile;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.Visibility;
import dev.sportello.requests.spi.AttachmentStore;
import dev.sportello.requests.spi.ProtocolRegistration;
import dev.sportello.requests.spi.ProtocolRegistry;
import dev.sportello.requests.spi.RequestRecord;
import dev.sportello.requests.spi.RequestStore;
import dev.sportello.users.spi.UserRecord;
import dev.sportello.users.spi.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Submitting a request (R-REQ-1…3): idempotent per key, checked against its topic, packed attachments,
 * a protocol number, routing to the competent office, a three-entry timeline and the notices of
 * registration and routing. With an external protocol registry the number is taken <em>before</em> the
 * transaction, for a request id fixed outside it, and withdrawn if the transaction then fails.
 *
 * <p>Thread-safe.
 */
final class Submission {
    private static final Logger LOG = LoggerFactory.getLogger(Submission.class);

    private final Kernel kernel;
    private final OfficeService offices;
    private final TopicCatalog topics;
    private final Archives archives;
    private final RequestSettings settings;
    private final RequestMessages messages;
    private final Notifier notifier;
    private final DossierReferences.Slot dossiers;

    Submission(Kernel kernel, OfficeService offices, TopicCatalog topics, RequestSettings settings, Notifier notifier,
               DossierReferences.Slot dossiers) {
        this.kernel = kernel;
        this.dossiers = dossiers;
        this.offices = offices;
        this.topics = topics;
        this.archives = new Archives(settings);
        this.settings = settings;
        this.notifier = notifier;
        this.messages = new RequestMessages(notifier);
    }

    /** What a submission needs to know before its transaction, with an external registry. */
    private record Prepared(Request existing, ProtocolRegistration registration) {
    }

    /** What the transaction did: the request, and whether it is new (else an earlier one with the same key). */
    private record Outcome(Request request, boolean created) {
    }

    Request submit(Principal principal, SubmitRequest command) {
        Optional<ProtocolRegistry> registry = settings.protocolRegistry();
        if (registry.isEmpty()) {
            return retryOnKeyRace(() -> kernel.execute(principal, Operation.REQUEST_SUBMIT, command,
                    tx -> submit(tx, command, new RequestId(tx.newUuid()), null)).request());
        }
        RequestId id = new RequestId(kernel.ids().next());
        Prepared prepared = kernel.execute(principal, Operation.REQUEST_SUBMIT, command, tx -> prepare(tx, command, id));
        if (prepared.existing() != null) {
            return prepared.existing();
        }
        ProtocolNumber number = registry.get().register(prepared.registration());
        Outcome outcome;
        try {
            outcome = retryOnKeyRace(() -> kernel.execute(principal, Operation.REQUEST_SUBMIT, command,
                    tx -> submit(tx, command, id, number)));
        } catch (RuntimeException e) {
            withdraw(registry.get(), number, id);
            throw e;
        }
        if (!outcome.created()) {
            withdraw(registry.get(), number, id);
        }
        return outcome.request();
    }

    private static void withdraw(ProtocolRegistry registry, ProtocolNumber number, RequestId id) {
        try {
            registry.withdraw(number, id);
        } catch (RuntimeException e) {
            LOG.warn("the protocol registry could not withdraw the number of request {}: {}", id, LogSafe.describe(e));
        }
    }

    /** The same idempotency key raced with itself: the winner is there now, and the retry returns it. */
    private static <T> T retryOnKeyRace(java.util.function.Supplier<T> attempt) {
        try {
            return attempt.get();
        } catch (ConflictException e) {
            if (e.code() != ErrorCode.CONCURRENT_MODIFICATION) {
                throw e;
            }
            return attempt.get();
        }
    }

    private Prepared prepare(Tx tx, SubmitRequest command, RequestId id) {
        UserRecord owner = owner(tx, command);
        Optional<Request> existing = earlier(tx, owner.id(), command);
        if (existing.isPresent()) {
            return new Prepared(existing.get(), null);
        }
        Office office = office(tx, owner, command);
        LocalDate today = LocalDate.ofInstant(tx.now(), office.zone());
        topics.check(command.topic(), command.fields(), command.dossier(), command.company(), today);
        return new Prepared(null, new ProtocolRegistration(id, office.code(), command.topic(), tx.now(), today));
    }

    private UserRecord owner(Tx tx, SubmitRequest command) {
        UserId owner = ObjectAccess.requireUser(tx.principal(), Operation.REQUEST_SUBMIT);
        UserRecord record = UserRecords.require(tx, owner);
        if (command.company() != null) {
            UserRecord company = tx.store(UserStore.class).findByRegistrationNumber(command.company()).orElseThrow(() ->
                    SportelloException.of(ErrorCode.REQ_COMPANY_UNKNOWN, Map.of()));
            if (!company.id().equals(owner)) {
                throw ObjectAccess.notOwner(company.id());
            }
        }
        return record;
    }

    private static Optional<Request> earlier(Tx tx, UserId owner, SubmitRequest command) {
        Optional<RequestRecord> existing = tx.store(RequestStore.class).findByIdempotencyKey(owner, command.idempotencyKey());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (!existing.get().fingerprint().equals(fingerprint(command))) {
            throw SportelloException.of(ErrorCode.REQ_IDEMPOTENCY_KEY_REUSED, Map.of("requestId", existing.get().id().toString()));
        }
        return Optional.of(RequestRules.view(tx, existing.get(), false));
    }

    /** The residence office, or the managing office of the dossier the request is about (R-DOS-3). */
    private Office office(Tx tx, UserRecord owner, SubmitRequest command) {
        DossierReferences references = dossiers.get();
        Office office = command.dossier() == null || references == null ? offices.requireFor(owner.municipality())
                : references.route(tx, owner.id(), command.dossier().strip());
        if (!settings.pilotOffices().isEmpty() && !settings.pilotOffices().contains(office.code())) {
            throw SportelloException.of(ErrorCode.REQ_NOT_IN_PILOT, Map.of("office", office.code().value()));
        }
        return office;
    }

    private Outcome submit(Tx tx, SubmitRequest command, RequestId id, ProtocolNumber external) {
        UserRecord owner = owner(tx, command);
        Optional<Request> existing = earlier(tx, owner.id(), command);
        if (existing.isPresent()) {
            return new Outcome(existing.get(), false);
        }
        Office office = office(tx, owner, command);
        LocalDate today = LocalDate.ofInstant(tx.now(), office.zone());
        TopicCatalog.Checked checked = topics.check(command.topic(), command.fields(), command.dossier(), command.company(), today);
        ArchiveId archiveId = new ArchiveId(tx.newUuid());
        Archives.Packed packed = archives.pack(archiveId, command.attachments(), "attachments");
        ProtocolNumber protocol = external != null ? external
                : ProtocolNumbering.next(tx, new ProtocolRegistration(id, office.code(), command.topic(), tx.now(), today));
        List<AttachmentInfo> files = packed == null ? List.of() : packed.files();
        RequestRecord record = RequestRecord.builder().id(id).protocol(protocol).owner(owner.id())
                .submittedBy(tx.principal().actor()).company(command.company())
                .dossier(command.dossier() == null ? null : command.dossier().strip()).topic(command.topic())
                .subject(checked.subject()).fields(checked.fields()).text(command.text().strip()).office(office.code())
                .status(RequestStatus.OPEN).idempotencyKey(command.idempotencyKey())
                .fingerprint(fingerprint(command, files.stream().map(AttachmentInfo::sha256).toList()))
                .attachments(files).createdAt(tx.now()).updatedAt(tx.now()).version(0).build();
        tx.store(RequestStore.class).insert(record);
        if (packed != null) {
            tx.store(AttachmentStore.class).put(archiveId, id, packed.zip(), tx.now());
        }
        List<TimelineEntry> timeline = List.of(
                RequestRules.entry(tx, TimelineKind.SUBMITTED, null, Visibility.USER, packed == null ? null : archiveId,
                        Map.of("topic", command.topic().code())),
                RequestRules.entry(tx, TimelineKind.REGISTERED, null, Visibility.USER, null, Map.of("protocol", protocol.value())),
                RequestRules.entry(tx, TimelineKind.ROUTED, null, Visibility.USER, null, Map.of("office", office.code().value())));
        tx.store(RequestStore.class).appendTimeline(id, timeline);
        if (record.dossier() != null && dossiers.get() != null) {
            dossiers.get().linked(tx, record.dossier(), id);
        }
        tx.audit("REQUEST_SUBMITTED", id);
        tx.event(RequestEvents.SUBMITTED, id, Map.of("office", office.code().value(), "topic", command.topic().code(),
                "protocol", protocol.value()));
        notifier.recipients().of(tx, owner);
        Map<String, String> values = RequestMessages.values(record, office);
        messages.notifyParties(tx, record, RequestMessageKinds.REGISTERED, values);
        messages.notifyParties(tx, record, RequestMessageKinds.ROUTED, values);
        return new Outcome(RequestRules.view(record, timeline, false), true);
    }

    /** The user answers the office's question (R-REQ-4), with files if they like. */
    Request answer(Principal principal, AnswerRequest command, RequestRules rules) {
        return kernel.execute(principal, Operation.REQUEST_SUBMIT, command, tx -> {
            RequestRecord r = rules.loadForChange(tx, Operation.REQUEST_SUBMIT, command.request(), command.expectedVersion(),
                    ObjectAccess.Rule.OWNER).record();
            RequestRules.requireStatus(r, "answer", EnumSet.of(RequestStatus.OPEN, RequestStatus.IN_CHARGE));
            if (!r.awaitingUser()) {
                throw SportelloException.of(ErrorCode.REQ_NO_QUESTION_PENDING, Map.of("requestId", r.id().toString()));
            }
            ArchiveId archiveId = new ArchiveId(tx.newUuid());
            Archives.Packed packed = archives.pack(archiveId, command.attachments(), "attachments");
            List<AttachmentInfo> attachments = new ArrayList<>(r.attachments());
            if (packed != null) {
                tx.store(AttachmentStore.class).put(archiveId, r.id(), packed.zip(), tx.now());
                attachments.addAll(packed.files());
            }
            RequestRecord changed = RequestRules.save(tx, r, r.toBuilder().awaitingUser(false).attachments(attachments),
                    List.of(RequestRules.entry(tx, TimelineKind.ANSWERED, command.text().strip(), Visibility.USER,
                            packed == null ? null : archiveId, Map.of())));
            tx.audit("REQUEST_ANSWERED", r.id());
            tx.event(RequestEvents.ANSWERED, r.id(), Map.of("office", r.office().value()));
            return RequestRules.view(tx, changed, false);
        });
    }

    /** Reads stored files back through the zip guard. */
    List<StoredFile> read(ArchiveId archive, byte[] zip) {
        return archives.read(archive, zip);
    }

    static String fingerprint(SubmitRequest c) {
        return fingerprint(c, c.attachments().stream().map(a -> Archives.sha256(a.content())).toList());
    }

    /** The fingerprint from the files' hashes, in the command's order (the packed manifest's, so each file is hashed once). */
    private static String fingerprint(SubmitRequest c, List<String> fileHashes) {
        StringBuilder text = new StringBuilder().append(c.topic()).append('|').append(c.company()).append('|')
                .append(c.dossier()).append('|').append(new TreeMap<>(c.fields())).append('|').append(c.text());
        for (int i = 0; i < fileHashes.size(); i++) {
            text.append('|').append(c.attachments().get(i).fileName()).append(':').append(fileHashes.get(i));
        }
        return Archives.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
