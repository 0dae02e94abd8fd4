package dev.sportello.core.internal.requests;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.SportelloException;
import dev.sportello.core.internal.kernel.ObjectAccess.Bound;
import dev.sportello.core.internal.kernel.ObjectAccess.Loaded;
import dev.sportello.core.internal.kernel.ObjectAccess.Rule;
import dev.sportello.core.internal.kernel.ObjectAccess;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.requests.ArchiveId;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestState;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.Visibility;
import dev.sportello.requests.spi.RequestRecord;
import dev.sportello.requests.spi.RequestStore;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the requests use cases share: who may touch a request, reading it for a change (access before
 * the version), state rules, timeline entries, saving, and the view.
 *
 * <p>Thread-safe.
 */
final class RequestRules {
    /** Back-office work: operators of the office with the back-office or supervisor role. */
    static final Rule WORK = Rule.operators(OperatorRole.BACK_OFFICE, OperatorRole.SUPERVISOR);

    private final ObjectAccess access;

    RequestRules(ObjectAccess access) {
        this.access = access;
    }

    ObjectAccess access() {
        return access;
    }

    static Bound bound(RequestRecord r) {
        return new Bound(r.id(), r.owner(), r.office());
    }

    static RequestRecord load(Tx tx, RequestId id) {
        return tx.store(RequestStore.class).find(id).orElseThrow(() -> notFound(id));
    }

    private static SportelloException notFound(RequestId id) {
        return SportelloException.of(ErrorCode.REQ_NOT_FOUND, Map.of("requestId", String.valueOf(id)));
    }

    /** Reads a request for a change decided on {@code expectedVersion}: access first, then the version. */
    Loaded<RequestRecord> loadForChange(Tx tx, Operation operation, RequestId id, long expectedVersion, Rule rule) {
        return access.loadForChange(tx.store(RequestStore.class).find(id), () -> notFound(id), tx.principal(), operation,
                RequestRules::bound, rule, RequestRecord::version, expectedVersion);
    }

    /** The operator working a request: of its office, back office or supervisor. */
    Operator operator(Tx tx) {
        return access.requireOperator(tx.principal(), Operation.REQUEST_WORK);
    }

    static void requireAssigneeOrSupervisor(RequestRecord record, Operator operator) {
        if (!operator.id().equals(record.assignee()) && !operator.has(OperatorRole.SUPERVISOR)) {
            throw SportelloException.of(ErrorCode.REQ_NOT_ASSIGNEE, Map.of("requestId", record.id().toString(),
                    "objectType", record.id().auditType(), "objectId", record.id().auditId()));
        }
    }

    static void requireStatus(RequestRecord record, String action, Set<RequestStatus> allowed) {
        if (!allowed.contains(record.status())) {
            throw SportelloException.of(ErrorCode.REQ_ILLEGAL_TRANSITION, Map.of("requestId", record.id().toString(),
                    "status", record.status().name(), "action", action));
        }
    }

    static TimelineEntry entry(Tx tx, TimelineKind kind, String text, Visibility visibility, ArchiveId archive,
                               Map<String, String> data) {
        return new TimelineEntry(kind, tx.now(), tx.principal().actor(), tx.principal().onBehalfOf(), text, visibility,
                archive, data);
    }

    /** The next version of a request, changed by {@code changes}, saved with its new timeline entries. */
    static RequestRecord save(Tx tx, RequestRecord r, RequestRecord.Builder changes, List<TimelineEntry> entries) {
        RequestRecord changed = changes.updatedAt(tx.now()).version(r.version() + 1).build();
        tx.store(RequestStore.class).update(changed, r.version());
        tx.store(RequestStore.class).appendTimeline(changed.id(), entries);
        return changed;
    }

    static Request view(Tx tx, RequestRecord r, boolean withInternal) {
        return view(r, tx.store(RequestStore.class).timeline(r.id()), withInternal);
    }

    static Request view(RequestRecord r, List<TimelineEntry> entries, boolean withInternal) {
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
}
