package dev.sportello.adapters.smshttp;

import dev.sportello.spi.SmsMessage;
import tools.jackson.databind.node.ObjectNode;

/**
 * The default request body: one JSON object written by Jackson (see {@link SmsRequestFormat#json()}).
 *
 * <p>Immutable and thread-safe.
 */
final class JsonRequestFormat implements SmsRequestFormat {
    static final JsonRequestFormat INSTANCE = new JsonRequestFormat();

    private JsonRequestFormat() {
    }

    @Override
    public SmsRequestBody write(SmsMessage message, String senderId) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("sender", senderId);
        body.put("recipient", message.to().e164());
        body.put("text", message.text());
        body.put("encoding", message.encoding().name());
        body.put("parts", message.segments());
        body.put("clientReference", message.idempotencyKey());
        return new SmsRequestBody("application/json", Json.MAPPER.writeValueAsBytes(body));
    }

    @Override
    public String toString() {
        return "SmsRequestFormat.json()";
    }
}
