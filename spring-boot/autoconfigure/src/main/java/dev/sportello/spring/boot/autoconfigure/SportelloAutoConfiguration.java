package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.AssurancePolicy;
import dev.sportello.Sportello;
import dev.sportello.appointments.spi.MeetingProvider;
import dev.sportello.core.SportelloSdk;
import dev.sportello.offices.spi.OfficeDirectory;
import dev.sportello.requests.spi.ProtocolRegistry;
import dev.sportello.spi.EmailChannel;
import dev.sportello.spi.EventSink;
import dev.sportello.spi.Instrumentation;
import dev.sportello.spi.PushChannel;
import dev.sportello.spi.SmsChannel;
import dev.sportello.spi.UnitOfWork;
import dev.sportello.users.spi.FragilityRegister;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import java.time.Duration;

/**
 * The Sportello SDK as a Spring bean: storage (the application's {@code DataSource}, else memory), the
 * office directory, the channels and event sink the application defines (or SMTP from
 * {@code sportello.mail.*}), the {@code sportello.*} settings, Micrometer observations and metrics when
 * Micrometer is present, and the outbox dispatcher as a {@code SmartLifecycle}. Every bean backs off
 * when the application defines its own; a bad property fails the start-up naming the property.
 *
 * <p>Thread-safe: Spring calls it once while the context starts.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@EnableConfigurationProperties(SportelloProperties.class)
@Import({StorageConfigurations.Jdbc.class, StorageConfigurations.Memory.class, MailConfiguration.class,
        ObservabilityConfigurations.Observations.class, ObservabilityConfigurations.Meters.class, HealthConfiguration.class,
        InfoConfiguration.class})
public class SportelloAutoConfiguration {
    private static final String SHUTDOWN_TIMEOUT = "spring.lifecycle.timeout-per-shutdown-phase";

    /** Made by Spring. */
    public SportelloAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(Sportello.class)
    SportelloSdk sportelloSdk(SportelloProperties properties, ObjectProvider<UnitOfWork> storage,
                              ObjectProvider<OfficeDirectory> directory, ObjectProvider<SmsChannel> sms,
                              ObjectProvider<EmailChannel> email, ObjectProvider<PushChannel> push,
                              ObjectProvider<EventSink> events, ObjectProvider<MeetingProvider> meetings,
                              ObjectProvider<FragilityRegister> fragility, ObjectProvider<ProtocolRegistry> protocols,
                              ObjectProvider<AssurancePolicy> policy, ObjectProvider<Instrumentation> instrumentation,
                              ObjectProvider<SportelloSdkCustomizer> customizers) {
        UnitOfWork unitOfWork = storage.getIfUnique();
        if (unitOfWork == null) {
            throw new IllegalStateException("Sportello needs a storage: give the application one DataSource (JDBC storage, "
                    + "sportello-adapter-jdbc), put sportello-adapter-memory on the class path, or define one bean of type "
                    + UnitOfWork.class.getName());
        }
        OfficeDirectory offices = directory.getIfUnique();
        if (offices == null) {
            throw new IllegalStateException("Sportello needs an office directory: define one bean of type "
                    + OfficeDirectory.class.getName() + ", or use the JDBC storage (a DataSource) with "
                    + "sportello.office-directory.from-database=true (the default) to read it from the sportello_offices tables");
        }
        SportelloSdk.Builder builder = SportelloSdk.builder().unitOfWork(unitOfWork).officeDirectory(offices);
        sms.ifUnique(builder::smsChannel);
        email.ifUnique(builder::emailChannel);
        push.ifUnique(builder::pushChannel);
        events.ifUnique(builder::eventSink);
        policy.ifUnique(builder::assurancePolicy);
        instrumentation.ifUnique(builder::instrumentation);
        SdkSettings.applyTo(properties, builder);
        meetings.ifUnique(m -> builder.appointments(a -> a.meetingProvider(m)));
        fragility.ifUnique(f -> builder.users(u -> u.fragilityRegister(f)));
        protocols.ifUnique(r -> builder.requests(q -> q.protocolRegistry(r)));
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean(name = "sportelloDispatcherLifecycle")
    @ConditionalOnProperty(prefix = "sportello.dispatcher", name = "enabled", matchIfMissing = true)
    DispatcherLifecycle sportelloDispatcherLifecycle(Sportello sportello, SportelloProperties properties,
                                                     Environment environment) {
        DispatcherProperties d = properties.getDispatcher();
        Duration poll = d.getPollInterval();
        if (poll == null || poll.isNegative() || poll.isZero() || poll.compareTo(Duration.ofDays(1)) > 0) {
            throw new InvalidConfigurationPropertyValueException("sportello.dispatcher.poll-interval", poll,
                    "a positive duration of at most one day");
        }
        Duration shutdown = Binder.get(environment).bind(SHUTDOWN_TIMEOUT, Duration.class).orElse(Duration.ofSeconds(30));
        return new DispatcherLifecycle(sportello.dispatcher(), d.getWorkers(), poll, shutdown);
    }
}
