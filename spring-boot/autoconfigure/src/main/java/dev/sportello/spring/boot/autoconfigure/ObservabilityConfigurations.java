package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.Sportello;
import dev.sportello.spi.Instrumentation;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Micrometer: observations when micrometer-observation is present; the entry counter and outbox gauges with micrometer-core. */
final class ObservabilityConfigurations {
    private ObservabilityConfigurations() {
    }

    /** The SDK's instrumentation over the application's ObservationRegistry (NOOP when it has none). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    static class Observations {
        @Bean
        @ConditionalOnMissingBean(Instrumentation.class)
        Instrumentation sportelloInstrumentation(ObjectProvider<ObservationRegistry> registry,
                                                 ObjectProvider<EntryCounter> entries) {
            return new ObservationInstrumentation(registry.getIfAvailable(() -> ObservationRegistry.NOOP),
                    entries.getIfAvailable());
        }
    }

    /** The counter and gauges, in the application's MeterRegistry when it has one. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    static class Meters {
        @Bean
        @ConditionalOnMissingBean
        EntryCounter sportelloEntryCounter(ObjectProvider<MeterRegistry> registry) {
            MeterRegistry meters = registry.getIfAvailable();
            return meters == null ? (channel, outcome) -> {
            } : new MeterEntryCounter(meters);
        }

        @Bean
        @ConditionalOnMissingBean(name = "sportelloOutboxGauges")
        SmartInitializingSingleton sportelloOutboxGauges(ObjectProvider<MeterRegistry> registry,
                                                         ObjectProvider<Sportello> sportello) {
            return () -> registry.ifAvailable(meters -> new OutboxGauges(sportello::getObject, Clock.systemUTC()).bindTo(meters));
        }
    }
}
