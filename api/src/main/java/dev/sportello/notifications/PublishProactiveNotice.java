package dev.sportello.notifications;

import dev.sportello.Arguments;
import dev.sportello.Channel;
import dev.sportello.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Publishes a personalised proactive notice (R-DOS-4), e.g. "your medical report has been issued"
 * with the judgement, the benefits and their amounts and the calls to action. The notice goes to the
 * inbox; the alert channels (SMS, e-mail, push) follow the proactive consent rules.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recipient     the user, required
 * @param kind          the kind (for templates of the alert and for engagement figures), required
 * @param title         the title, 1–200 characters
 * @param sections      1–20 sections
 * @param callsToAction at most 20 calls to action
 * @param entitlements  the recipient's entitlements, deciding which calls to action are shown
 * @param alertChannels channels for the alert besides the inbox (SMS, EMAIL, PUSH)
 * @param validity      how long it stays available, more than zero and at most 100 years; null for the configured
 *                      default (6 months)
 */
public record PublishProactiveNotice(@NotNull UserId recipient, @NotNull MessageKind kind,
                                     @NotBlank @Size(max = 200) String title,
                                     @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull Section> sections,
                                     @NotNull @Size(max = 20) List<@Valid @NotNull CallToAction> callsToAction,
                                     @NotNull Set<@NotBlank @Size(max = 64) String> entitlements,
                                     @NotNull Set<@NotNull Channel> alertChannels, Duration validity) {
    /** Copies the collections. */
    public PublishProactiveNotice {
        sections = Arguments.lenientList(sections);
        callsToAction = Arguments.lenientList(callsToAction);
        entitlements = Arguments.lenientSet(entitlements);
        alertChannels = Arguments.lenientSet(alertChannels);
    }
}
