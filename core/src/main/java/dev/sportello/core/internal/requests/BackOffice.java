package dev.sportello.core.internal.requests;

import dev.sportello.ErrorCode;
import dev.sportello.Operation;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.RequestSettings;
import dev.sportello.core.internal.kernel.Kernel;
import dev.sportello.core.internal.kernel.Text;
import dev.sportello.core.internal.kernel.Tx;
import dev.sportello.core.internal.offices.OfficeService;
import dev.sportello.offices.Office;
import dev.sportello.offices.Operator;
import dev.sportello.offices.OperatorRole;
import dev.sportello.requests.AskForInformation;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.CommentRequest;
import dev.sportello.requests.ReassignRequest;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestEvents;
import dev.sportello.requests.RequestMessageKinds;
import dev.sportello.requests.RequestStatus;
import dev.sportello.requests.TakeInCharge;
import dev.sportello.requests.TimelineEntry;
import dev.sportello.requests.TimelineKind;
import dev.sportello.requests.TransferRequest;
import dev.sportello.requests.Visibility;
import dev.sportello.requests.spi.RequestRecord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The office's work on requests (R-REQ-4, R-REQ-6): taking in charge, comments and internal notes,
 * questions to the user, closing with an outcome, reassigning within the office and transferring to
 * another office. Only operators of the request's office with the back-office or supervisor role; the
 * access check comes before the version check.
 *
 * <p>Thread-safe.
 */
final class BackOffice {
    private static final Set<RequestStatus> ACTIVE = EnumSet.of(RequestStatus.OPEN, RequestStatus.IN_CHARGE);

    private final Kernel kernel;
    private final OfficeService offices;
    private final RequestSettings settings;
    private final RequestRules rules;
    private final RequestMessages messages;

    BackOffice(Kernel kernel, OfficeService offices, RequestSettings settings, RequestRules rules, RequestMessages messages) {
        this.kernel = kernel;
        this.offices = offices;
        this.settings = settings;
        this.rules = rules;
        this.messages = messages;
    }

    private RequestRecord load(Tx tx, dev.sportello.requests.RequestId id, long version) {
        return rules.loadForChange(tx, Operation.REQUEST_WORK, id, version, RequestRules.WORK).record();
    }

    Request takeInCharge(Principal principal, TakeInCharge command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = load(tx, command.request(), command.expectedVersion());
            Operator operator = rules.operator(tx);
            RequestRules.requireStatus(r, "take in charge", EnumSet.of(RequestStatus.OPEN));
            List<TimelineEntry> entries = new ArrayList<>(List.of(RequestRules.entry(tx, TimelineKind.TAKEN_IN_CHARGE, null,
                    Visibility.USER, null, Map.of("operator", operator.id().toString()))));
            if (command.comment() != null && !command.comment().isBlank()) {
                entries.add(RequestRules.entry(tx, TimelineKind.COMMENT, command.comment().strip(), Visibility.USER, null,
                        Map.of()));
            }
            RequestRecord changed = RequestRules.save(tx, r, r.toBuilder().status(RequestStatus.IN_CHARGE)
                    .assignee(operator.id()).awaitingUser(false), entries);
            tx.audit("REQUEST_TAKEN_IN_CHARGE", r.id());
            tx.event(RequestEvents.TAKEN, r.id(), Map.of("office", r.office().value(), "operator", operator.id().toString()));
            return RequestRules.view(tx, changed, true);
        });
    }

    Request comment(Principal principal, CommentRequest command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = load(tx, command.request(), command.expectedVersion());
            RequestRules.requireStatus(r, "comment", ACTIVE);
            TimelineKind kind = switch (command.visibility()) {
                case USER -> TimelineKind.COMMENT;
                case OFFICE_ONLY -> TimelineKind.INTERNAL_NOTE;
            };
            RequestRecord changed = RequestRules.save(tx, r, r.toBuilder(), List.of(RequestRules.entry(tx, kind,
                    command.text().strip(), command.visibility(), null, Map.of())));
            tx.audit(kind == TimelineKind.COMMENT ? "REQUEST_COMMENTED" : "REQUEST_NOTE_ADDED", r.id());
            return RequestRules.view(tx, changed, true);
        });
    }

    Request askForInformation(Principal principal, AskForInformation command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = load(tx, command.request(), command.expectedVersion());
            Operator operator = rules.operator(tx);
            RequestRules.requireStatus(r, "ask for information", EnumSet.of(RequestStatus.IN_CHARGE));
            RequestRules.requireAssigneeOrSupervisor(r, operator);
            RequestRecord changed = RequestRules.save(tx, r, r.toBuilder().awaitingUser(true), List.of(RequestRules.entry(tx,
                    TimelineKind.INFO_REQUESTED, command.question().strip(), Visibility.USER, null, Map.of())));
            tx.audit("REQUEST_INFO_REQUESTED", r.id());
            tx.event(RequestEvents.INFO_REQUESTED, r.id(), Map.of("office", r.office().value()));
            Map<String, String> values = RequestMessages.values(r, offices.require(r.office()));
            values.put("comment", Text.truncate(command.question().strip(), 1000));
            messages.notifyParties(tx, r, RequestMessageKinds.INFO_REQUESTED, values);
            return RequestRules.view(tx, changed, true);
        });
    }

    Request close(Principal principal, CloseRequest command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = load(tx, command.request(), command.expectedVersion());
            Operator operator = rules.operator(tx);
            RequestRules.requireStatus(r, "close", EnumSet.of(RequestStatus.IN_CHARGE));
            RequestRules.requireAssigneeOrSupervisor(r, operator);
            String label = settings.outcomes().get(command.outcome());
            if (label == null) {
                throw SportelloException.invalidField(ErrorCode.REQ_OUTCOME_UNKNOWN, "outcome", Map.of("outcome",
                        Text.truncate(command.outcome(), 40), "allowed", String.join(", ", settings.outcomes().keySet())));
            }
            String text = command.text().strip();
            RequestRecord changed = RequestRules.save(tx, r, r.toBuilder().status(RequestStatus.CLOSED).awaitingUser(false)
                    .outcome(command.outcome()).outcomeText(text), List.of(RequestRules.entry(tx, TimelineKind.CLOSED, text,
                    Visibility.USER, null, Map.of("outcome", command.outcome()))));
            tx.audit("REQUEST_CLOSED", r.id());
            tx.event(RequestEvents.CLOSED, r.id(), Map.of("office", r.office().value(), "outcome", command.outcome()));
            Map<String, String> values = RequestMessages.values(r, offices.require(r.office()));
            values.put("outcome", Text.truncate(label, 60));
            values.put("comment", Text.truncate(text, 1000));
            messages.notifyParties(tx, r, RequestMessageKinds.CLOSED, values);
            return RequestRules.view(tx, changed, true);
        });
    }

    Request reassign(Principal principal, ReassignRequest command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = load(tx, command.request(), command.expectedVersion());
            RequestRules.requireStatus(r, "reassign", ACTIVE);
            Optional<Operator> target = offices.directory().operator(command.to());
            if (target.isEmpty() || !target.get().office().equals(r.office())
                    || !target.get().has(OperatorRole.BACK_OFFICE) && !target.get().has(OperatorRole.SUPERVISOR)) {
                throw SportelloException.invalidField(ErrorCode.REQ_ASSIGNEE_NOT_IN_OFFICE, "to",
                        Map.of("operatorId", command.to().toString(), "office", r.office().value()));
            }
            RequestRecord changed = RequestRules.save(tx, r, r.toBuilder().status(RequestStatus.IN_CHARGE)
                    .assignee(command.to()), List.of(RequestRules.entry(tx, TimelineKind.REASSIGNED, null,
                    Visibility.OFFICE_ONLY, null, Map.of("operator", command.to().toString()))));
            tx.audit("REQUEST_REASSIGNED", r.id());
            tx.event(RequestEvents.REASSIGNED, r.id(), Map.of("office", r.office().value(), "operator", command.to().toString()));
            return RequestRules.view(tx, changed, true);
        });
    }

    Request transfer(Principal principal, TransferRequest command) {
        return kernel.execute(principal, Operation.REQUEST_WORK, command, tx -> {
            RequestRecord r = load(tx, command.request(), command.expectedVersion());
            RequestRules.requireStatus(r, "transfer", ACTIVE);
            if (command.to().equals(r.office())) {
                throw SportelloException.invalidField(ErrorCode.REQ_TRANSFER_SAME_OFFICE, "to",
                        Map.of("requestId", r.id().toString(), "office", r.office().value()));
            }
            Office target = offices.require(command.to());
            RequestRecord changed = RequestRules.save(tx, r, r.toBuilder().office(target.code()).status(RequestStatus.OPEN)
                    .assignee(null).awaitingUser(false), List.of(
                    RequestRules.entry(tx, TimelineKind.TRANSFERRED, command.reason().strip(), Visibility.OFFICE_ONLY, null,
                            Map.of("from", r.office().value(), "to", target.code().value())),
                    RequestRules.entry(tx, TimelineKind.ROUTED, null, Visibility.USER, null,
                            Map.of("office", target.code().value()))));
            tx.audit("REQUEST_TRANSFERRED", r.id());
            tx.event(RequestEvents.TRANSFERRED, r.id(), Map.of("from", r.office().value(), "to", target.code().value()));
            messages.notifyParties(tx, r, RequestMessageKinds.ROUTED, RequestMessages.values(changed, target));
            return RequestRules.view(tx, changed, true);
        });
    }
}
