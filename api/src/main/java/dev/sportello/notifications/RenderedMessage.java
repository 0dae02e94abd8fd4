package dev.sportello.notifications;

import dev.sportello.Arguments;
import dev.sportello.Channel;
import dev.sportello.Language;


/**
 * A template rendered with given values, as it would be sent; for previews and template checks.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind        the kind, not null
 * @param channel     the channel, not null
 * @param language    the language, not null
 * @param subject     e-mail subject, push or inbox title; null for SMS
 * @param text        the text (SMS text, e-mail plain text, push or inbox body), not null
 * @param html        the HTML body of an e-mail, else null
 * @param smsSegments for SMS the number of parts, else 0
 * @param smsEncoding for SMS the alphabet, else null
 */
public record RenderedMessage(MessageKind kind, Channel channel, Language language, String subject, String text,
                              String html, int smsSegments, SmsEncoding smsEncoding) {
    /** Checks the mandatory components. */
    public RenderedMessage {
        Arguments.required(kind, "RenderedMessage", "kind");
        Arguments.required(channel, "RenderedMessage", "channel");
        Arguments.required(language, "RenderedMessage", "language");
        Arguments.required(text, "RenderedMessage", "text");
    }
}
