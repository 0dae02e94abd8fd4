package dev.sportello.examples.springboot.operator;

import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.offices.OfficeCode;
import dev.sportello.requests.CloseRequest;
import dev.sportello.requests.QueueQuery;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.RequestSummary;
import dev.sportello.requests.TakeInCharge;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The back office's work on requests: the office's queue, taking a request in charge, closing it with an
 * outcome. The SDK checks that the operator belongs to the competent office and has the role; each change
 * carries the version read, so that two operators cannot overwrite each other (409 on a stale version).
 *
 * <p>Stateless and thread-safe.
 */
@RestController
@RequestMapping("/api/operator")
@Tag(name = "operator")
public class OperatorRequestController {
    private final Sportello sportello;

    /**
     * Made by Spring.
     *
     * @param sportello the SDK, not null
     */
    public OperatorRequestController(Sportello sportello) {
        this.sportello = sportello;
    }

    /**
     * Taking in charge.
     *
     * @param expectedVersion the version read
     * @param comment         a comment the user sees, or null
     */
    public record TakeInChargeBody(long expectedVersion, String comment) {
    }

    /**
     * Closing.
     *
     * @param expectedVersion the version read
     * @param outcome         the outcome code, e.g. {@code ACCEPTED}
     * @param text            the explanation to the user
     */
    public record CloseBody(long expectedVersion, String outcome, String text) {
    }

    /**
     * The open requests of an office, oldest first.
     *
     * @param principal the operator (demo headers)
     * @param office    the office code
     * @param size      items per page, 1 to 200
     * @param cursor    the {@code nextCursor} of the previous page, or null
     * @return the page
     */
    @GetMapping("/offices/{office}/queue")
    @Operation(summary = "The office's queue of open requests")
    public Page<RequestSummary> queue(Principal principal, @PathVariable String office,
                                      @RequestParam(defaultValue = "20") int size, @RequestParam(required = false) String cursor) {
        return sportello.requests().queue(principal, QueueQuery.of(new OfficeCode(office), new PageRequest(size, cursor)));
    }

    /**
     * A request with its whole timeline (internal notes included).
     *
     * @param principal the operator (demo headers)
     * @param requestId the request's id
     * @return the request
     */
    @GetMapping("/requests/{requestId}")
    @Operation(summary = "Read a request of the office")
    public Request get(Principal principal, @PathVariable String requestId) {
        return sportello.requests().get(principal, RequestId.of(requestId));
    }

    /**
     * Takes a request in charge.
     *
     * @param principal the operator (demo headers)
     * @param requestId the request's id
     * @param body      the version read and an optional comment, not null
     * @return the request, in charge of the operator
     */
    @PostMapping("/requests/{requestId}/take-in-charge")
    @Operation(summary = "Take a request in charge")
    public Request takeInCharge(Principal principal, @PathVariable String requestId, @RequestBody TakeInChargeBody body) {
        return sportello.requests().takeInCharge(principal, new TakeInCharge(RequestId.of(requestId), body.expectedVersion(),
                body.comment()));
    }

    /**
     * Closes a request with an outcome.
     *
     * @param principal the operator (demo headers)
     * @param requestId the request's id
     * @param body      the version read, the outcome and the text, not null
     * @return the closed request
     */
    @PostMapping("/requests/{requestId}/closure")
    @Operation(summary = "Close a request with an outcome")
    public Request close(Principal principal, @PathVariable String requestId, @RequestBody CloseBody body) {
        return sportello.requests().close(principal, new CloseRequest(RequestId.of(requestId), body.expectedVersion(),
                body.outcome(), body.text()));
    }
}
