package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.SportelloException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Applies a property to an SDK builder and turns the SDK's {@code CONFIG_INVALID} into a start-up failure
 * that names the property ({@code sportello.dispatcher.batch-size}) rather than the SDK's field.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sdkField the SDK's field name, e.g. {@code DispatcherSettings.batchSize}
 * @param property the property, e.g. {@code sportello.dispatcher.batch-size}
 * @param value    the bound value, may be null
 */
record PropertyBinding(String sdkField, String property, Object value) {

    /** Runs a change of a builder; on a SportelloException names the matching property (or the first). */
    static void apply(Runnable change, PropertyBinding... bindings) {
        try {
            change.run();
        } catch (SportelloException e) {
            String field = e.details().get("field");
            PropertyBinding named = bindings[0];
            for (PropertyBinding b : bindings) {
                if (b.sdkField().equals(field)) {
                    named = b;
                }
            }
            throw new InvalidConfigurationPropertyValueException(named.property(), named.value(),
                    e.getMessage());
        }
    }

    static PropertyBinding of(String sdkField, String property, Object value) {
        return new PropertyBinding(sdkField, property, value);
    }
}
