package dev.sportello.core.requests;

import dev.sportello.Channel;
import dev.sportello.ConflictException;
import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.OperatorId;
import dev.sportello.Page;
import dev.sportello.Principal;
import dev.sportello.ServiceId;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.RequestSettings;
import dev.sportello.core.kernel.Access;
import dev.sportello.core.kernel.Checks;
import dev.sportello.core.kernel.Kernel;
import dev.sportello.core.kernel.Tx;
import dev.sportello.core.notifications.Notification;
import dev.sportello.core.notifications.Notifier;
import dev.sportello.core.offices.OfficeService;
import dev.sportello.core.users.UserService;
import dev.sportello.notifications.MessageKind;
import dev.sportello.offices.Office;
import dev.sportello.offices.OfficeCode;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.requests.AnswerRequest;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.AttachmentInfo;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.CommentRequest;
import dev.sportello.requests.OfficeFigures;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.ReassignRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestSearch;
import dev.sportello.requests.RequestState;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.RequestSummary;
import dev.sportello.requests.Requests;
import dev.sportello.requests.StoredFile;
import dev.sportello.requests.SubmitRequest;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.TransferRequest;
import dev.sportello.spi.ProtocolRegistration;
import dev.sportello.spi.ProtocolRegistry;
import dev.sportello.spi.RequestRecord;
import dev.sportello.spi.UserRecord;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Requests to the competent office and their back office (R-REQ-1…7).
 *
 * <p>Thread-safe.
 */
public final class RequestService implements Requests {
    private static final EnumSet<Channel> ALL = EnumSet.allOf(Channel.class);

    private final Kernel kernel;
    private final OfficeService offices;
    private final Notifier notifier;
    private final TopicCatalog topics;
    private final Archives archives;
    private final RequestSettings settings;
    private final ProtocolRegistry registry;

    /**
     * Creates the service.
     *
     * @param kernel   the kernel
     * @param offices  the offices
     * @param notifier the notifier
     * @param topics   the topics
     * @param settings the limits and lists
     * @param registry the protocol registry
     */
    public RequestService(Kernel kernel, OfficeService offices, Notifier notifier, TopicCatalog topics,
                          RequestSettings settings, ProtocolRegistry registry) {
        this.kernel = kernel;
        this.offices = offices;
        this.notifier = notifier;
        this.topics = topics;
        this.archives = new Archives(settings);
        this.settings = settings;
        this.registry = registry;
    }

    @Override
    public Request submit(Principal principal, SubmitRequest command) {
        try {
            return kernel.execute(principal, Operation.REQUEST_SUBMIT, command, tx -> submit(tx, command));
        } catch (ConflictException e) {
            if (e.code() != ErrorCode.CONCURRENT_MODIFICATION) {
                throw e;
            }
            // the same idempotency key raced with itself: the winner is there now
            return kernel.execute(principal, Operation.REQUEST_SUBMIT, command, tx -> submit(tx, command));
        }
    }

    private Request submit(Tx tx, SubmitRequest command) {
        UserId owner = Access.requireUser(tx.principal(), Operation.REQUEST_SUBMIT);
        UserRecord ownerRecord = UserService.require(tx, owner);
        if (command.company() != null) {
            UserRecord company = tx.stores().users().findByRegistrationNumber(command.company()).orElseThrow(() ->
                    SportelloException.of(ErrorCode.REQ_COMPANY_UNKNOWN, Map.of()));
            if (!company.id().equals(owner)) {
                throw Access.notOwner("user", company.id());
            }
        }
        String fingerprint = fingerprint(command);
        Optional<RequestRecord> existing = tx.stores().requests().findByIdempotencyKey(owner, command.idempotencyKey());
        if (existing.isPresent()) {
            if (!existing.get().fingerprint().equals(fingerprint)) {
                throw SportelloException.of(ErrorCode.REQ_IDEMPOTENCY_KEY_REUSED, Map.of("requestId", existing.get().id().toString()));
            }
            return view(tx, existing.get(), false);
        }
        Office office = offices.requireFor(ownerRecord.municipality());
        if (!settings.pilotOffices().isEmpty() && !settings.pilotOffices().contains(office.code())) {
            throw SportelloException.of(ErrorCode.REQ_NOT_IN_PILOT, Map.of("office", office.code().value()));
        }
        LocalDate today = LocalDate.ofInstant(tx.now(), office.zone());
        TopicCatalog.Checked checked = topics.check(command.topic(), command.fields(), command.dossier(), command.company(), today);
        RequestId id = new RequestId(UUID.fromString(tx.newId()));
        ArchiveId archiveId = new ArchiveId(UUID.fromString(tx.newId()));
        Archives.Packed packed = archives.pack(archiveId, command.attachments(), "attachments");
        var protocol = registry.register(new ProtocolRegistration(id, office.code(), command.topic(), tx.now(), today), tx.stores());
        RequestRecord record = new RequestRecord(id, protocol, owner, tx.principal().actor(), command.company(),
                command.dossier() == null ? null : command.dossier().strip(), command.topic(), checked.subject(),
                checked.fields(), command.text().strip(), office.code(), RequestStatus.OPEN, null, false, null, null,
                command.idempotencyKey(), fingerprint, packed == null ? List.of() : packed.files(), tx.now(), tx.now(), 0);
        tx.stores().requests().insert(record);
        if (packed != null) {
            tx.stores().attachments().put(archiveId, id, packed.zip(), tx.now());
        }
        List<TimelineEntry> timeline = List.of(
                entry(tx, TimelineKind.SUBMITTED, null, false, packed == null ? null : archiveId, Map.of("topic", command.topic().code())),
                entry(tx, TimelineKind.REGISTERED, null, false, null, Map.of("protocol", protocol.value())),
                entry(tx, TimelineKind.ROUTED, null, false, null, Map.of("office", office.code().value())));
        tx.stores().requests().appendTimeline(id, timeline);
        tx.audit("REQUEST_SUBMITTED", "request", id);
        tx.event("request.submitted", "request", id, Map.of("office", office.code().value(), "topic",
                command.topic().code(), "protocol", protocol.value()));
        Map<String, String> values = values(record, office);
        notifyParties(tx, record, ownerRecord, MessageKind.REQUEST_REGISTERED, values);
        notifyParties(tx, record, ownerRecord, MessageKind.REQUEST_ROUTED, values);
        return view(record, timeline, false);   // a new request's timeline is what was just written
    }

    private void notifyParties(Tx tx, RequestRecord record, UserRecord owner, MessageKind kind, Map<String, String> values) {
        notifier.notify(tx, Notification.transactional(owner.id(), kind, values, ALL.toArray(Channel[]::new)), owner);
        if (record.submittedBy() instanceof UserId submitter && !submitter.equals(owner.id())) {
            notifier.notify(tx, Notification.transactional(submitter, kind, values, ALL.toArray(Channel[]::new)));
        }
    }

    private static Map<String, String> values(RequestRecord record, Office office) {
        Map<String, String> values = new HashMap<>();
        values.put("protocol", record.protocol().value());
        values.put("subject", record.subject().length() > 120 ? record.subject().substring(0, 120) : record.subject());
        values.put("office", office.name().length() > 40 ? office.name().substring(0, 40) : office.name());
        return values;
    }

    private static String fingerprint(SubmitRequest c) {
        StringBuilder text = new StringBuilder().append(c.topic()).append('|').append(c.company()).append('|')
                .append(c.dossier()).append('|').append(new TreeMap<>(c.fields())).append('|').append(c.text());
        c.attachments().forEach(a -> text.append('|').append(a.fileName()).append(':').append(Archives.sha256(a.content())));
        return Archives.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static TimelineEntry entry(Tx tx, TimelineKind kind, String text, boolean internal, ArchiveId archive,
                                       Map<String, String> data) {
        return new TimelineEntry(kind, tx.now(), tx.principal().actor(), tx.principal().onBehalfOf(), text, internal,
                archive, data);
    }

    /** Who is looking at a request: its owner side, an operator of its office, or a service. */
    private enum Viewer { OWNER, OPERATOR, SERVICE }

    private Viewer authorize(Tx tx, RequestRecord record) {
        Principal principal = tx.principal();
        if (principal.actor() instanceof ServiceId) {
            return Viewer.SERVICE;
        }
        if (principal.actor() instanceof OperatorId operatorId) {
            Operator operator = offices.requireOperator(operatorId);
            if (!operator.office().equals(record.office())) {
                throw SportelloException.of(ErrorCode.ACCESS_WRONG_OFFICE, Map.of("operatorId", operatorId.toString(),
                        "office", record.office().value(), "objectType", "request", "objectId", record.id().toString()));
            }
            return Viewer.OPERATOR;
        }
        if (record.owner().equals(principal.subjectUser())) {
            return Viewer.OWNER;
        }
        throw Access.notOwner("request", record.id());
    }

    private Operator officeOperator(Tx tx, RequestRecord record, Operation operation) {
        OperatorId id = Access.requireOperator(tx.principal(), operation);
        authorize(tx, record);
        Operator operator = offices.requireOperator(id);
        if (!operator.has(OperatorRole.BACK_OFFICE) && !operator.has(OperatorRole.SUPERVISOR)) {
            throw Access.roleRequired(operation, "the BACK_OFFICE or SUPERVISOR role");
        }
        return operator;
    }

    private static void requireAssigneeOrSupervisor(RequestRecord record, Operator operator) {
        if (!operator.id().equals(record.assignee()) && !operator.has(OperatorRole.SUPERVISOR)) {
            throw SportelloException.of(ErrorCode.REQ_NOT_ASSIGNEE, Map.of("requestId", record.id().toString(),
                    "objectType", "request", "objectId", record.id().toString()));
        }
    }

    private static RequestRecord load(Tx tx, RequestId id) {
        return tx.stores().requests().find(id).orElseThrow(() ->
                SportelloException.of(ErrorCode.REQ_NOT_FOUND, Map.of("requestId", String.valueOf(id))));
    }

    /** Reads a request for a change decided on {@code expectedVersion}: a newer version is a conflict, before any rule. */
    private RequestRecord loadForChange(Tx tx, RequestId id, long expectedVersion) {
        RequestRecord record = load(tx, id);
        authorize(tx, record);
        if (record.version() != expectedVersion) {
            throw SportelloException.of(ErrorCode.CONCURRENT_MODIFICATION, Map.of("objectType", "request",
                    "objectId", id.toString(), "expectedVersion", Long.toString(expectedVersion)));
        }
        return record;
    }

    private static void requireStatus(RequestRecord record, String action, RequestStatus... allowed) {
        if (!List.of(allowed).contains(record.status())) {
            throw SportelloException.of(ErrorCode.REQ_ILLEGAL_TRANSITION, Map.of("requestId", record.id().toString(),
                    "status", record.status().name(), "action", action));
        }
    }

    private static RequestRecord change(RequestRecord r, Tx tx, OfficeCode office, RequestStatus status, OperatorId assignee,
                                        boolean awaiting, String outcome, String outcomeText, List<AttachmentInfo> added) {
        List<AttachmentInfo> attachments = new ArrayList<>(r.attachments());
        attachments.addAll(added);
        return new RequestRecord(r.id(), r.protocol(), r.owner(), r.submittedBy(), r.company(), r.dossier(), r.topic(),
                r.subject(), r.fields(), r.text(), office, status, assignee, awaiting, outcome, outcomeText,
                r.idempotencyKey(), r.fingerprint(), attachments, r.createdAt(), tx.now(), r.version() + 1);
    }

    private static RequestRecord save(Tx tx, RequestRecord changed, long expectedVersion, TimelineEntry... entries) {
        tx.stores().requests().update(changed, expectedVersion);
        tx.stores().requests().appendTimeline(changed.id(), List.of(entries));
        return changed;
    }

    @Override
    public Request get(Principal principal, RequestId request) {
        Checks.notNull(request, "get", "request");
        return kernel.execute(principal, Operation.REQUEST_READ, null, tx -> {
            RequestRecord record = load(tx, request);
            return view(tx, record, authorize(tx, record) != Viewer.OWNER);
        });
    }

    private static Request view(Tx tx, RequestRecord r, boolean withInternal) {
        return view(r, tx.stores().requests().timeline(r.id()), withInternal);
    }

    private static Request view(RequestRecord r, List<TimelineEntry> entries, boolean withInternal) {
        List<TimelineEntry> timeline = entries.stream().filter(e -> withInternal || !e.internal()).toList();
        RequestState state = switch (r.status()) {
            case OPEN -> new RequestState.Open();
            case IN_CHARGE -> new RequestState.InCharge(r.assignee(), r.awaitingUser());
            case CLOSED -> new RequestState.Closed(r.outcome(), r.outcomeText() == null ? "" : r.outcomeText());
        };
        return new Request(r.id(), r.protocol(), r.owner(), r.submittedBy(), r.company(), r.dossier(), r.topic(),
                r.subject(), r.fields(), r.text(), r.office(), state, r.attachments(), timeline, r.createdAt(),
                r.updatedAt(), r.version());
    }

    @Override
    public Page<RequestSummary> search(Principal principal, RequestSearch search) {
        return kernel.execute(principal, Operation.REQUEST_READ, search, tx -> {
            UserId owner = Access.requireUser(principal, Operation.REQUEST_READ);
            return tx.stores().requests().search(owner, search);
        });
    }

    @Override
    public List<StoredFile> files(Principal principal, RequestId request, ArchiveId archive) {
        Checks.notNull(request, "files", "request");
        Checks.notNull(archive, "files", "archive");
        return kernel.execute(principal, Operation.REQUEST_READ, null, tx -> {
            RequestRecord record = load(tx, request);
            authorize(tx, record);
            boolean known = record.attachments().stream().anyMatch(a -> a.archive().equals(archive));
            byte[] zip = known ? tx.stores().attachments().get(archive).orElse(null) : null;
            if (zip == null) {
                throw SportelloException.of(ErrorCode.REQ_ARCHIVE_NOT_FOUND, Map.of("requestId", request.toString(),
                        "archiveId", archive.toString()));
            }
            return archives.read(archive, zip);
        });
    }

    @Override
    public Request takeInCharge(Principal principal, TakeInCharge command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = loadForChange(tx, command.request(), command.expectedVersion());
            Operator operator = officeOperator(tx, r, Operation.REQUEST_WORK);
            requireStatus(r, "take in charge", RequestStatus.OPEN);
            List<TimelineEntry> entries = new ArrayList<>(List.of(entry(tx, TimelineKind.TAKEN_IN_CHARGE, null, false, null,
                    Map.of("operator", operator.id().toString()))));
            if (command.comment() != null && !command.comment().isBlank()) {
                entries.add(entry(tx, TimelineKind.COMMENT, command.comment().strip(), false, null, Map.of()));
            }
            RequestRecord changed = save(tx, change(r, tx, r.office(), RequestStatus.IN_CHARGE, operator.id(), false, null,
                    null, List.of()), command.expectedVersion(), entries.toArray(TimelineEntry[]::new));
            tx.audit("REQUEST_TAKEN_IN_CHARGE", "request", r.id());
            tx.event("request.taken", "request", r.id(), Map.of("office", r.office().value(), "operator", operator.id().toString()));
            return view(tx, changed, true);
        });
    }

    @Override
    public Request comment(Principal principal, CommentRequest command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = loadForChange(tx, command.request(), command.expectedVersion());
            officeOperator(tx, r, Operation.REQUEST_WORK);
            requireStatus(r, "comment", RequestStatus.OPEN, RequestStatus.IN_CHARGE);
            RequestRecord changed = save(tx, change(r, tx, r.office(), r.status(), r.assignee(), r.awaitingUser(), null, null,
                    List.of()), command.expectedVersion(), entry(tx, command.internal() ? TimelineKind.INTERNAL_NOTE
                    : TimelineKind.COMMENT, command.text().strip(), command.internal(), null, Map.of()));
            tx.audit(command.internal() ? "REQUEST_NOTE_ADDED" : "REQUEST_COMMENTED", "request", r.id());
            return view(tx, changed, true);
        });
    }

    @Override
    public Request askForInformation(Principal principal, AskForInformation command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = loadForChange(tx, command.request(), command.expectedVersion());
            Operator operator = officeOperator(tx, r, Operation.REQUEST_WORK);
            requireStatus(r, "ask for information", RequestStatus.IN_CHARGE);
            requireAssigneeOrSupervisor(r, operator);
            RequestRecord changed = save(tx, change(r, tx, r.office(), RequestStatus.IN_CHARGE, r.assignee(), true, null,
                    null, List.of()), command.expectedVersion(), entry(tx, TimelineKind.INFO_REQUESTED,
                    command.question().strip(), false, null, Map.of()));
            tx.audit("REQUEST_INFO_REQUESTED", "request", r.id());
            tx.event("request.info-requested", "request", r.id(), Map.of("office", r.office().value()));
            Office office = offices.require(r.office());
            Map<String, String> values = values(r, office);
            values.put("comment", truncate(command.question().strip(), 1000));
            notifyParties(tx, r, UserService.require(tx, r.owner()), MessageKind.REQUEST_INFO_REQUESTED, values);
            return view(tx, changed, true);
        });
    }

    @Override
    public Request answer(Principal principal, AnswerRequest command) {
        return kernel.execute(principal, Operation.REQUEST_SUBMIT, command, tx -> {
            RequestRecord r = loadForChange(tx, command.request(), command.expectedVersion());
            if (authorize(tx, r) != Viewer.OWNER) {
                throw Access.roleRequired(Operation.REQUEST_SUBMIT, "the owner of the request");
            }
            requireStatus(r, "answer", RequestStatus.OPEN, RequestStatus.IN_CHARGE);
            if (!r.awaitingUser()) {
                throw SportelloException.of(ErrorCode.REQ_NO_QUESTION_PENDING, Map.of("requestId", r.id().toString()));
            }
            ArchiveId archiveId = new ArchiveId(UUID.fromString(tx.newId()));
            Archives.Packed packed = archives.pack(archiveId, command.attachments(), "attachments");
            if (packed != null) {
                tx.stores().attachments().put(archiveId, r.id(), packed.zip(), tx.now());
            }
            RequestRecord changed = save(tx, change(r, tx, r.office(), r.status(), r.assignee(), false, null, null,
                    packed == null ? List.of() : packed.files()), command.expectedVersion(),
                    entry(tx, TimelineKind.ANSWERED, command.text().strip(), false, packed == null ? null : archiveId, Map.of()));
            tx.audit("REQUEST_ANSWERED", "request", r.id());
            tx.event("request.answered", "request", r.id(), Map.of("office", r.office().value()));
            return view(tx, changed, false);
        });
    }

    @Override
    public Request close(Principal principal, CloseRequest command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = loadForChange(tx, command.request(), command.expectedVersion());
            Operator operator = officeOperator(tx, r, Operation.REQUEST_WORK);
            requireStatus(r, "close", RequestStatus.IN_CHARGE);
            requireAssigneeOrSupervisor(r, operator);
            String label = settings.outcomes().get(command.outcome());
            if (label == null) {
                throw SportelloException.invalidField(ErrorCode.REQ_OUTCOME_UNKNOWN, "outcome", Map.of("outcome",
                        truncate(command.outcome(), 40), "allowed", String.join(", ", settings.outcomes().keySet())));
            }
            RequestRecord changed = save(tx, change(r, tx, r.office(), RequestStatus.CLOSED, r.assignee(), false,
                    command.outcome(), command.text().strip(), List.of()), command.expectedVersion(),
                    entry(tx, TimelineKind.CLOSED, command.text().strip(), false, null, Map.of("outcome", command.outcome())));
            tx.audit("REQUEST_CLOSED", "request", r.id());
            tx.event("request.closed", "request", r.id(), Map.of("office", r.office().value(), "outcome", command.outcome()));
            Map<String, String> values = values(r, offices.require(r.office()));
            values.put("outcome", truncate(label, 60));
            values.put("comment", truncate(command.text().strip(), 1000));
            notifyParties(tx, r, UserService.require(tx, r.owner()), MessageKind.REQUEST_CLOSED, values);
            return view(tx, changed, true);
        });
    }

    @Override
    public Request reassign(Principal principal, ReassignRequest command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = loadForChange(tx, command.request(), command.expectedVersion());
            officeOperator(tx, r, Operation.REQUEST_WORK);
            requireStatus(r, "reassign", RequestStatus.OPEN, RequestStatus.IN_CHARGE);
            Optional<Operator> target = offices.directory().operator(command.to());
            if (target.isEmpty() || !target.get().office().equals(r.office())
                    || !target.get().has(OperatorRole.BACK_OFFICE) && !target.get().has(OperatorRole.SUPERVISOR)) {
                throw SportelloException.invalidField(ErrorCode.REQ_ASSIGNEE_NOT_IN_OFFICE, "to",
                        Map.of("operatorId", command.to().toString(), "office", r.office().value()));
            }
            RequestRecord changed = save(tx, change(r, tx, r.office(), RequestStatus.IN_CHARGE, command.to(),
                    r.awaitingUser(), null, null, List.of()), command.expectedVersion(), entry(tx, TimelineKind.REASSIGNED,
                    null, true, null, Map.of("operator", command.to().toString())));
            tx.audit("REQUEST_REASSIGNED", "request", r.id());
            tx.event("request.reassigned", "request", r.id(), Map.of("office", r.office().value(), "operator", command.to().toString()));
            return view(tx, changed, true);
        });
    }

    @Override
    public Request transfer(Principal principal, TransferRequest command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = loadForChange(tx, command.request(), command.expectedVersion());
            officeOperator(tx, r, Operation.REQUEST_WORK);
            requireStatus(r, "transfer", RequestStatus.OPEN, RequestStatus.IN_CHARGE);
            if (command.to().equals(r.office())) {
                throw SportelloException.invalidField(ErrorCode.REQ_TRANSFER_SAME_OFFICE, "to",
                        Map.of("requestId", r.id().toString(), "office", r.office().value()));
            }
            Office target = offices.require(command.to());
            RequestRecord changed = save(tx, change(r, tx, target.code(), RequestStatus.OPEN, null, false, null, null,
                    List.of()), command.expectedVersion(),
                    entry(tx, TimelineKind.TRANSFERRED, command.reason().strip(), true, null,
                            Map.of("from", r.office().value(), "to", target.code().value())),
                    entry(tx, TimelineKind.ROUTED, null, false, null, Map.of("office", target.code().value())));
            tx.audit("REQUEST_TRANSFERRED", "request", r.id());
            tx.event("request.transferred", "request", r.id(), Map.of("from", r.office().value(), "to", target.code().value()));
            notifyParties(tx, r, UserService.require(tx, r.owner()), MessageKind.REQUEST_ROUTED, values(changed, target));
            return view(tx, changed, true);
        });
    }

    @Override
    public Page<RequestSummary> queue(Principal principal, QueueQuery query) {
        return kernel.execute(principal, Operation.REQUEST_WORK, query, tx -> {
            requireOfficeStaff(principal, query.office(), Operation.REQUEST_WORK, false);
            return tx.stores().requests().queue(query, tx.now());
        });
    }

    @Override
    public OfficeFigures figures(Principal principal, OfficeCode office) {
        Checks.notNull(office, "figures", "office");
        return kernel.execute(principal, Operation.REQUEST_SUPERVISE, null, tx -> {
            requireOfficeStaff(principal, office, Operation.REQUEST_SUPERVISE, true);
            return tx.stores().requests().figures(office, tx.now());
        });
    }

    private void requireOfficeStaff(Principal principal, OfficeCode office, Operation operation, boolean supervisor) {
        if (principal.actor() instanceof ServiceId) {
            return;
        }
        OperatorId id = Access.requireOperator(principal, operation);
        Operator operator = offices.requireOperator(id);
        if (!operator.office().equals(office)) {
            throw SportelloException.of(ErrorCode.ACCESS_WRONG_OFFICE, Map.of("operatorId", id.toString(),
                    "office", office.value(), "objectType", "office", "objectId", office.value()));
        }
        if (supervisor && !operator.has(OperatorRole.SUPERVISOR)) {
            throw Access.roleRequired(operation, "the SUPERVISOR role");
        }
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
