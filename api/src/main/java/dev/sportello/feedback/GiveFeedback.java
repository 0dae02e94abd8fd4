package dev.sportello.feedback;

import jakarta.validation.constraints.NotNull;

/**
 * Rates the service or a finished interaction, with an optional suggestion (R-DOS-6). The rater is the
 * principal's subject: the user, or the user a delegate acts for. The rating and the suggestion are checked
 * by the use case, with codes of their own ({@code FBK_RATING_OUT_OF_RANGE}, {@code FBK_SUGGESTION_TOO_LONG},
 * {@code FBK_SUGGESTION_BLANK}); malformed text is {@code TEXT_MALFORMED}. The suggestion is stored exactly as
 * given, never trimmed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target     what is rated, required
 * @param rating     1 to 5
 * @param suggestion null for none, or 1 to {@value Feedback#SUGGESTION_MAX_LENGTH} characters (code points)
 *                   that are not all spaces
 */
public record GiveFeedback(@NotNull FeedbackTarget target, int rating, String suggestion) {
}
