package dev.sportello.adapters.jackson;

import dev.sportello.notifications.Amount;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * {@link Amount} as {@code {"label":…,"value":"1234.50","currency":"EUR","period":…}}: the value is a
 * decimal string (no binary floating point, the scale kept), the currency is always euro (the api's
 * amounts are in euro), and a value in exponent form or longer than 18+18 digits is refused, so a
 * hostile {@code 1E+999999999} never becomes a {@code BigDecimal}.
 */
final class AmountJson {
    static final String CURRENCY = "EUR";
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,18})?");

    private AmountJson() {
    }

    /** Writes an amount. Immutable and thread-safe. */
    static final class Serializer extends StdSerializer<Amount> {
        Serializer() {
            super(Amount.class);
        }

        @Override
        public void serialize(Amount amount, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeStartObject(amount);
            gen.writeStringProperty("label", amount.label());
            gen.writeName("value");
            if (amount.value() == null) {
                gen.writeNull();
            } else {
                gen.writeString(amount.value().toPlainString());
            }
            gen.writeStringProperty("currency", CURRENCY);
            gen.writeStringProperty("period", amount.period());
            gen.writeEndObject();
        }
    }

    /** Reads an amount. Immutable and thread-safe. */
    static final class Deserializer extends StdDeserializer<Amount> {
        Deserializer() {
            super(Amount.class);
        }

        @Override
        public Amount deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.START_OBJECT)) {
                p.nextToken();
            } else if (!p.hasToken(JsonToken.PROPERTY_NAME)) {
                return (Amount) ctxt.handleUnexpectedToken(Amount.class, p);
            }
            String label = null;
            BigDecimal value = null;
            String period = null;
            for (; p.hasToken(JsonToken.PROPERTY_NAME); p.nextToken()) {
                String name = p.currentName();
                JsonToken token = p.nextToken();
                switch (name) {
                    case "label" -> label = text(p, ctxt);
                    case "period" -> period = text(p, ctxt);
                    case "value" -> value = decimal(p, ctxt);
                    case "currency" -> {
                        if (token != JsonToken.VALUE_NULL && !CURRENCY.equals(text(p, ctxt))) {
                            ctxt.reportInputMismatch(this, "only EUR amounts");
                        }
                    }
                    default -> ctxt.handleUnknownProperty(p, this, Amount.class, name);
                }
            }
            return new Amount(label, value, period);
        }

        private String text(JsonParser p, DeserializationContext ctxt) {
            if (p.hasToken(JsonToken.VALUE_NULL)) {
                return null;
            }
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return p.getString();
        }

        private BigDecimal decimal(JsonParser p, DeserializationContext ctxt) {
            String text = text(p, ctxt);
            if (text == null) {
                return null;
            }
            if (!DECIMAL.matcher(text).matches()) {
                return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, "not a plain decimal", text);
            }
            return new BigDecimal(text);
        }
    }
}
