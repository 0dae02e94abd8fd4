package dev.sportello.requests;

import dev.sportello.Arguments;
import dev.sportello.TopicCode;

import java.util.List;

/**
 * A request topic (R-REQ-1): its title, the fields it asks for, whether it is about a dossier or a
 * company, and the pattern of its subject line ({@code {field}} placeholders, checked when the SDK
 * is built).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code            the code, not null
 * @param title           the title shown to users, not null
 * @param fields          the fields, not null
 * @param subjectPattern  the subject line, e.g. {@code "Regolarità contributiva – periodo {period}"}
 * @param needsDossier    whether a dossier id is required
 * @param needsCompany    whether a company registration number is required
 */
public record Topic(TopicCode code, String title, List<TopicField> fields, String subjectPattern, boolean needsDossier,
                    boolean needsCompany) {
    /** Checks and copies the components. */
    public Topic {
        Arguments.required(code, "Topic", "code");
        Arguments.required(title, "Topic", "title");
        fields = Arguments.list(fields, "Topic", "fields");
        Arguments.required(subjectPattern, "Topic", "subjectPattern");
    }
}
