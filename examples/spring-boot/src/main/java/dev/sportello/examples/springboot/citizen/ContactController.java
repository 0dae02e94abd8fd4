package dev.sportello.examples.springboot.citizen;

import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactId;
import dev.sportello.users.ContactKind;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.VerifyContact;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen's contact points: add a mobile number or an e-mail address (the SDK sends a one-time code
 * after commit), then verify it with the code received.
 *
 * <p>Stateless and thread-safe.
 */
@RestController
@RequestMapping("/api/citizen/contacts")
@Tag(name = "citizen")
public class ContactController {
    private final Sportello sportello;

    /**
     * Made by Spring.
     *
     * @param sportello the SDK, not null
     */
    public ContactController(Sportello sportello) {
        this.sportello = sportello;
    }

    /**
     * A contact to add.
     *
     * @param kind  MOBILE or EMAIL
     * @param value the number or address as typed
     */
    public record ContactBody(ContactKind kind, String value) {
    }

    /**
     * The code received.
     *
     * @param code the digits
     */
    public record VerificationBody(String code) {
    }

    /**
     * Adds a contact point, unverified until its code is typed.
     *
     * @param principal the caller (demo headers)
     * @param body      the contact, not null
     * @return the contact point
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a mobile number or e-mail address (a code is sent)")
    public ContactPoint add(Principal principal, @RequestBody ContactBody body) {
        return sportello.users().addContact(principal, new AddContact(Citizens.subject(principal, "addContact"),
                body.kind(), body.value()));
    }

    /**
     * Verifies a contact point with the code it received.
     *
     * @param principal the caller (demo headers)
     * @param contactId the contact point's id
     * @param body      the code, not null
     * @return the verified contact point
     */
    @PostMapping("/{contactId}/verification")
    @Operation(summary = "Verify a contact point with the code received")
    public ContactPoint verify(Principal principal, @PathVariable String contactId, @RequestBody VerificationBody body) {
        return sportello.users().verifyContact(principal, new VerifyContact(Citizens.subject(principal, "verifyContact"),
                ContactId.of(contactId), body.code()));
    }
}
