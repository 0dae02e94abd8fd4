package dev.sportello.core.notifications;

/** Keys of the outbox payload of a message. */
final class MessagePayload {
    static final String CHANNEL = "channel";
    static final String RECIPIENT = "recipient";
    static final String TO = "to";
    static final String LANGUAGE = "language";
    static final String SUBJECT = "subject";
    static final String TEXT = "text";
    static final String HTML = "html";
    static final String ENCODING = "encoding";
    static final String SEGMENTS = "segments";
    static final String ZONE = "zone";
    static final String URGENT = "urgent";
    static final String ATTACHMENT = "att.";
    static final String DATA = "data.";

    private MessagePayload() {
    }
}
