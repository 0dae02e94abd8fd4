package dev.sportello.examples.springboot.citizen;

import dev.sportello.Arguments;
import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.TopicCode;
import dev.sportello.requests.Attachment;
import dev.sportello.requests.Request;
import dev.sportello.requests.RequestId;
import dev.sportello.requests.SubmitRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A citizen's requests to the competent office: submit one with files ({@code multipart/form-data}: a
 * {@code request} part in JSON and up to the configured number of {@code files} parts), read one back.
 *
 * <p>The uploaded bytes are handed to the SDK as they came: it checks each file's size, its real type from
 * its content (whatever its name or the part's content type says) and its structure, and refuses with
 * {@code REQ_FILE_*}. Spring's multipart limits ({@code spring.servlet.multipart.*}) only bound what is read.
 *
 * <p>Stateless and thread-safe.
 */
@RestController
@RequestMapping("/api/citizen/requests")
@Tag(name = "citizen")
public class CitizenRequestController {
    private final Sportello sportello;

    /**
     * Made by Spring.
     *
     * @param sportello the SDK, not null
     */
    public CitizenRequestController(Sportello sportello) {
        this.sportello = sportello;
    }

    /**
     * The request part of a submission.
     *
     * @param idempotencyKey 8 to 64 letters, digits, - or _, chosen by the client: a retry with the same key
     *                       returns the first submission
     * @param topic          the topic code, e.g. {@code GENERIC}
     * @param dossier        the dossier it is about, or null
     * @param fields         the topic's fields; an absent object is no fields
     * @param text           the message
     */
    public record SubmitBody(String idempotencyKey, TopicCode topic, String dossier, Map<String, String> fields, String text) {
    }

    /**
     * Submits a request with its files.
     *
     * @param principal the caller (demo headers)
     * @param body      the request part, not null
     * @param files     the files, or null for none
     * @return the request, with its protocol number and office
     */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a request with files (multipart: 'request' JSON part, 'files' parts)")
    public Request submit(Principal principal, @RequestPart("request") SubmitBody body,
                          @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        Citizens.subject(principal, "submitRequest");
        return sportello.requests().submit(principal, new SubmitRequest(body.idempotencyKey(), body.topic(), null,
                body.dossier(), body.fields() == null ? Map.of() : body.fields(), body.text(), attachments(files)));
    }

    /**
     * One of the caller's requests (or of the user they represent), with the timeline the user may see.
     *
     * @param principal the caller (demo headers)
     * @param requestId the request's id
     * @return the request
     */
    @GetMapping("/{requestId}")
    @Operation(summary = "Read one of my requests")
    public Request get(Principal principal, @PathVariable String requestId) {
        return sportello.requests().get(principal, RequestId.of(requestId));
    }

    private static List<Attachment> attachments(List<MultipartFile> files) {
        List<Attachment> attachments = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            String name = Arguments.required(file.getOriginalFilename(), "Attachment", "files[" + attachments.size() + "]");
            try {
                attachments.add(new Attachment(name, file.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("an uploaded file could not be read", e);
            }
        }
        return attachments;
    }
}
