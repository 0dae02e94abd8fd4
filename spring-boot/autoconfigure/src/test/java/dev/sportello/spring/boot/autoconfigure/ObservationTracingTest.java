package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.Credential;
import dev.sportello.Principal;
import dev.sportello.SportelloException;
import dev.sportello.UserId;
import dev.sportello.core.SportelloSdk;
import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.SmsChannel;
import dev.sportello.users.AddContact;
import dev.sportello.users.ContactPoint;
import dev.sportello.users.ContactKind;
import dev.sportello.users.UserProfile;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The starter's observations as a host with OpenTelemetry tracing through Micrometer's bridge sees them
 * (the handlers Boot's tracing auto-configuration registers, here made by hand over an in-memory exporter):
 * every command and every dispatcher batch and transport call is a span named after the operation or channel,
 * with only the low-cardinality keys as attributes; a non-OK outcome marks the span as an error and tags
 * the timer; nothing personal reaches a span.
 */
class ObservationTracingTest {
    private static final Set<String> KEYS = Set.of("area", "operation", "outcome", "channel");

    private final InMemorySpanExporter exported = InMemorySpanExporter.create();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(exported)).build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ObservationRegistry observations = tracing();
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SportelloAutoConfiguration.class))
            .withUserConfiguration(TestBeans.class)
            .withBean(ObservationRegistry.class, () -> observations)
            .withBean(MeterRegistry.class, () -> meters)
            .withPropertyValues("sportello.dispatcher.enabled=false", TestBeans.PORTAL_GRANTS);

    private ObservationRegistry tracing() {
        OtelCurrentTraceContext context = new OtelCurrentTraceContext();
        OtelTracer tracer = new OtelTracer(provider.get("sportello-test"), context, event -> {
        }, new OtelBaggageManager(context, List.of(), List.of()));
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig()
                .observationHandler(new DefaultMeterObservationHandler(meters))
                .observationHandler(new DefaultTracingObservationHandler(tracer));
        return registry;
    }

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void aCommandIsASpanUnderTheCallersWithItsAreaOperationAndOutcomeAndNothingPersonal() {
        runner.run(context -> {
            SportelloSdk sdk = context.getBean(SportelloSdk.class);
            Observation request = Observation.start("http.server.requests", observations);
            UserProfile user;
            ContactPoint contact;
            try (Observation.Scope ignored = request.openScope()) {
                user = TestBeans.citizen(sdk);
                contact = sdk.users().addContact(Principal.user(user.id(), Credential.SPID_L2),
                        new AddContact(user.id(), ContactKind.MOBILE, "347 765 4321"));
            } finally {
                request.stop();
            }

            SpanData caller = span("http.server.requests");
            SpanData registered = span("sportello.command USER_REGISTER");
            assertThat(registered.getParentSpanId()).isEqualTo(caller.getSpanId());
            assertThat(registered.getTraceId()).isEqualTo(caller.getTraceId());
            assertThat(registered.getAttributes().get(AttributeKey.stringKey("area"))).isEqualTo("users");
            assertThat(registered.getAttributes().get(AttributeKey.stringKey("operation"))).isEqualTo("USER_REGISTER");
            assertThat(registered.getAttributes().get(AttributeKey.stringKey("outcome"))).isEqualTo("OK");
            assertThat(registered.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);
            assertThat(registered.getEvents()).isEmpty();
            assertThat(span("sportello.command CONTACT_ADD").getParentSpanId()).isEqualTo(caller.getSpanId());

            sdk.dispatcher().drain(10);                                  // the verification SMS, traced too
            assertThat(sportelloSpans()).allSatisfy(s -> assertThat(s.getAttributes().asMap().keySet())
                    .extracting(AttributeKey::getKey).isSubsetOf(KEYS));
            assertNothingPersonal(user.id().toString(), user.fiscalCode().value(), "Maria", "Rossi",
                    contact.id().toString(), "7654321");
            assertThat(meters.get("sportello.command").tag("operation", "USER_REGISTER").tag("outcome", "OK")
                    .tag("error", "none").timer().count()).isEqualTo(1);
        });
    }

    @Test
    void aRefusedCommandIsAnErrorSpanWithOnlyItsCodeAndItsTimerHasTheErrorTag() {
        runner.run(context -> {
            SportelloSdk sdk = context.getBean(SportelloSdk.class);
            UserProfile maria = TestBeans.citizen(sdk);
            UserId stranger = new UserId(UUID.randomUUID());
            SportelloException refused = (SportelloException) catchThrowable(
                    () -> sdk.users().get(Principal.user(stranger, Credential.SPID_L2), maria.id()));
            assertThat(refused).isNotNull();
            String code = refused.code().name();

            SpanData read = span("sportello.command USER_READ");
            assertThat(read.getAttributes().get(AttributeKey.stringKey("outcome"))).isEqualTo(code);
            assertThat(read.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(read.getEvents()).singleElement().satisfies(event -> {
                assertThat(event.getName()).isEqualTo("exception");
                assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.type")))
                        .isEqualTo(ObservedFailure.class.getName());
                assertThat(event.getAttributes().get(AttributeKey.stringKey("exception.message"))).isEqualTo(code);
            });
            assertThat(meters.get("sportello.command").tag("operation", "USER_READ").tag("outcome", code)
                    .tag("error", ObservedFailure.class.getSimpleName()).timer().count()).isEqualTo(1);
            assertThat(meters.find("sportello.command").tag("operation", "USER_READ").tag("error", "none").timer()).isNull();
            assertNothingPersonal(stranger.toString(), maria.id().toString(), maria.fiscalCode().value(), "Maria");
            // the caller still gets the SDK's own exception, not the observation's
            assertThatThrownBy(() -> sdk.users().get(Principal.user(stranger, Credential.SPID_L2), maria.id()))
                    .isInstanceOf(SportelloException.class).isNotInstanceOf(ObservedFailure.class);
        });
    }

    @Test
    void theDispatchersBatchesAndTransportCallsAreSpansAndARefusedSendIsAnError() {
        runner.withUserConfiguration(RefusingSms.class).run(context -> {
            SportelloSdk sdk = context.getBean(SportelloSdk.class);
            UserProfile user = TestBeans.citizen(sdk);
            sdk.users().addContact(Principal.user(user.id(), Credential.SPID_L2),
                    new AddContact(user.id(), ContactKind.MOBILE, "347 765 4321"));
            exported.reset();

            assertThat(sdk.dispatcher().drain(10).refused()).isEqualTo(1);

            SpanData batch = span("sportello.dispatch.batch");
            assertThat(batch.getAttributes().get(AttributeKey.stringKey("outcome"))).isEqualTo("OK");
            assertThat(batch.getStatus().getStatusCode()).isNotEqualTo(StatusCode.ERROR);
            SpanData send = span("sportello.transport SMS");
            assertThat(send.getAttributes().get(AttributeKey.stringKey("channel"))).isEqualTo("SMS");
            assertThat(send.getAttributes().get(AttributeKey.stringKey("outcome"))).isEqualTo("REFUSED");
            assertThat(send.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
            assertThat(batch.getParentSpanContext().isValid()).isFalse();             // drained outside any span
            assertThat(send.getParentSpanContext().isValid()).as("a send runs on a send thread").isFalse();
            assertThat(send.getEvents()).singleElement().satisfies(event -> assertThat(event.getAttributes()
                    .get(AttributeKey.stringKey("exception.message"))).isEqualTo("REFUSED"));
            assertThat(meters.get("sportello.transport").tag("channel", "SMS").tag("outcome", "REFUSED")
                    .tag("error", ObservedFailure.class.getSimpleName()).timer().count()).isEqualTo(1);
            assertThat(meters.get("sportello.dispatch.batch").tag("outcome", "OK").tag("error", "none").timer().count())
                    .isGreaterThanOrEqualTo(1);
            assertNothingPersonal(user.id().toString(), "7654321", RefusingSms.REASON);
        });
    }

    /** An SMS gateway that refuses every message, preferred over the recording channels. */
    @Configuration(proxyBeanMethods = false)
    static class RefusingSms {
        static final String REASON = "number unknown to the gateway";

        @Bean
        @Primary
        SmsChannel refusingSms() {
            return message -> DeliveryResult.refused(REASON);
        }
    }

    private SpanData span(String name) {
        List<SpanData> named = exported.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
        assertThat(named).as("spans named %s among %s", name, names()).isNotEmpty();
        return named.get(0);
    }

    private List<String> names() {
        return exported.getFinishedSpanItems().stream().map(SpanData::getName).toList();
    }

    private List<SpanData> sportelloSpans() {
        List<SpanData> spans = exported.getFinishedSpanItems().stream().filter(s -> s.getName().startsWith("sportello.")).toList();
        assertThat(spans).isNotEmpty();
        return spans;
    }

    /** No attribute of any span or of its events carries any of these values. */
    private void assertNothingPersonal(String... values) {
        List<String> texts = new ArrayList<>();
        for (SpanData span : sportelloSpans()) {
            texts.add(span.getName());
            span.getAttributes().forEach((key, value) -> texts.add(key.getKey() + "=" + value));
            span.getEvents().forEach(event -> event.getAttributes().forEach((key, value) -> texts.add(key.getKey() + "=" + value)));
        }
        for (String value : values) {
            assertThat(texts).as("a span attribute carries %s", value).noneMatch(text -> text.contains(value));
        }
    }
}
