package dev.sportello.adapters.webhooks;

import dev.sportello.spi.DeliveryResult;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The CloudEvents Java SDK (test scope only) reads what the sink sends as a valid CloudEvent 1.0. */
class CloudEventsSdkOracleTest {
    @Test
    void the_official_json_event_format_reads_the_posted_body() throws Exception {
        WebhookSecret secret = Fixtures.secret(51);
        try (Receiver receiver = new Receiver()) {
            Receiver.Endpoint crm = receiver.endpoint("/crm", secret);
            DeliveryResult result = Fixtures.sink(WebhookSubscriptions.fixed(WebhookSubscriber.toAll("crm", crm.uri(), secret)))
                    .build().publish(Fixtures.event("evt-ce1"));
            assertThat(result).isInstanceOf(DeliveryResult.Accepted.class);
            Receiver.Received received = crm.received().get(0);

            EventFormat format = EventFormatProvider.getInstance().resolveFormat(received.header("content-type"));
            assertThat(format).isInstanceOf(JsonFormat.class);
            CloudEvent event = format.deserialize(received.body());
            assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
            assertThat(event.getId()).isEqualTo("evt-ce1");
            assertThat(event.getSource()).isEqualTo(URI.create("urn:sportello:inps"));
            assertThat(event.getType()).isEqualTo("it.inps.sportello.request.submitted");
            assertThat(event.getTime()).isEqualTo(OffsetDateTime.parse("2026-12-01T09:00:00.123Z"));
            assertThat(event.getSubject()).isEqualTo("request/r-1");
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(event.getExtensionNames()).isEmpty();
            JsonNode data = JsonMapper.builder().build().readTree(event.getData().toBytes());
            assertThat(data.get("actor").stringValue()).isEqualTo(Fixtures.ACTOR.asText());
            assertThat(data.get("attributes").get("office").stringValue()).isEqualTo("INPS-ROMA-EUR");
        }
    }
}
