package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.Credential;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.core.SportelloSdk;
import dev.sportello.spi.Instrumentation;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactKind;
import dev.sportello.UserId;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.util.UUID;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ObservabilityTest {
    private final TestObservationRegistry observations = TestObservationRegistry.create();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SportelloAutoConfiguration.class))
            .withUserConfiguration(TestBeans.class)
            .withBean(TestObservationRegistry.class, () -> observations)
            .withBean(MeterRegistry.class, () -> meters)
            .withPropertyValues("sportello.dispatcher.enabled=false", TestBeans.PORTAL_GRANTS);

    @Test
    void everyCommandIsAnObservationWithItsAreaOperationAndOutcome() {
        runner.run(context -> {
            SportelloSdk sdk = context.getBean(SportelloSdk.class);
            TestBeans.citizen(sdk);
            Principal stranger = Principal.user(new UserId(UUID.randomUUID()), Credential.SPID_L2);
            assertThatThrownBy(() -> sdk.users().get(stranger, new UserId(UUID.randomUUID())))
                    .isInstanceOf(SportelloException.class);

            assertThat(observations).hasNumberOfObservationsWithNameEqualTo(Instrumentation.COMMAND, 2);
            assertThat(observations).hasAnObservation(o -> o.hasNameEqualTo("sportello.command")
                    .hasLowCardinalityKeyValue("area", "users").hasLowCardinalityKeyValue("operation", "USER_REGISTER")
                    .hasLowCardinalityKeyValue("outcome", "OK"));
            assertThat(observations).hasAnObservation(o -> o.hasNameEqualTo("sportello.command")
                    .hasLowCardinalityKeyValue("operation", "USER_READ")
                    .doesNotHaveLowCardinalityKeyValue("outcome", "OK").hasLowCardinalityKeyValueWithKey("outcome"));
        });
    }

    @Test
    void theDispatcherObservesBatchesAndTransportCallsAndCountsEntriesPerChannel() {
        runner.run(context -> {
            SportelloSdk sdk = context.getBean(SportelloSdk.class);
            var user = TestBeans.citizen(sdk);
            sdk.users().addContact(Principal.user(user.id(), Credential.SPID_L2),
                    new AddContact(user.id(), ContactKind.MOBILE, "347 765 4321"));

            assertThat(meters.get("sportello.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(1);
            assertThat(meters.get("sportello.outbox.due").gauge().value()).isGreaterThanOrEqualTo(1);
            assertThat(meters.get("sportello.outbox.oldest.due.age").gauge().value()).isGreaterThanOrEqualTo(0);

            assertThat(sdk.dispatcher().drain(10).delivered()).isGreaterThanOrEqualTo(1);
            assertThat(observations).hasAnObservation(o -> o.hasNameEqualTo("sportello.dispatch.batch")
                    .hasLowCardinalityKeyValue("outcome", "OK"));
            assertThat(observations).hasAnObservation(o -> o.hasNameEqualTo("sportello.transport")
                    .hasLowCardinalityKeyValue("channel", "SMS").hasLowCardinalityKeyValue("outcome", "ACCEPTED"));
            assertThat(meters.get("sportello.outbox.entries").tag("channel", "SMS").tag("outcome", "DELIVERED")
                    .counter().count()).isEqualTo(1.0);
            assertThat(meters.get("sportello.outbox.entries").tag("channel", "SMS").tag("outcome", "CLAIMED")
                    .counter().count()).isEqualTo(1.0);
        });
    }

    @Test
    void noObservationRegistryMeansNoopObservationsAndTheSdkStillWorks() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SportelloAutoConfiguration.class))
                .withUserConfiguration(TestBeans.class).withPropertyValues("sportello.dispatcher.enabled=false", TestBeans.PORTAL_GRANTS)
                .run(context -> {
                    assertThat(context).hasSingleBean(ObservationInstrumentation.class);
                    assertThat(TestBeans.citizen(context.getBean(SportelloSdk.class)).id()).isNotNull();
                });
    }
}
