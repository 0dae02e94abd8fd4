package dev.sportello.examples.springboot.citizen;

import dev.sportello.Page;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.notifications.InboxNotice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's inbox: the notices the SDK wrote (request registered, taken in charge, closed; appointment
 * booked; proactive notices), newest first, a page at a time.
 *
 * <p>Stateless and thread-safe.
 */
@RestController
@RequestMapping("/api/citizen/inbox")
@Tag(name = "citizen")
public class InboxController {
    private final Sportello sportello;

    /**
     * Made by Spring.
     *
     * @param sportello the SDK, not null
     */
    public InboxController(Sportello sportello) {
        this.sportello = sportello;
    }

    /**
     * A page of the inbox.
     *
     * @param principal the caller (demo headers)
     * @param size      items per page, 1 to 200
     * @param cursor    the {@code nextCursor} of the previous page, or null for the first
     * @return the page
     */
    @GetMapping
    @Operation(summary = "Read my inbox, a page at a time")
    public Page<InboxNotice> inbox(Principal principal, @RequestParam(defaultValue = "20") int size,
                                   @RequestParam(required = false) String cursor) {
        return sportello.notifications().inbox(principal, Citizens.subject(principal, "inbox"), new PageRequest(size, cursor));
    }
}
