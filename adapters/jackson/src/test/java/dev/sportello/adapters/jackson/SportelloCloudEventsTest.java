package dev.sportello.adapters.jackson;

import dev.sportello.DomainEvent;
import dev.sportello.ErrorCode;
import dev.sportello.InvalidInputException;
import dev.sportello.ServiceId;
import dev.sportello.UserId;
import dev.sportello.requests.RequestEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The CloudEvent form of a domain event: byte for byte what the webhook sink posts, and its binary-mode parts. */
class SportelloCloudEventsTest {
    private static final UUID ACTOR = UUID.fromString("8f14e45f-ceea-467f-a9c8-1f2a3b4c5d6e");
    private static final UUID REPRESENTED = UUID.fromString("0c2f6b1e-5b7a-4c1d-9e8f-1a2b3c4d5e6f");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final SportelloCloudEvents events = SportelloCloudEvents.of("urn:sportello:inps", "it.inps.sportello");

    private static DomainEvent event(UserId onBehalfOf, Instant at) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("topic", "PENSION");
        attributes.put("office", "INPS-ROMA-EUR");
        attributes.put("protocol", "INPS.0001.2026.0000042");
        return new DomainEvent("e-1", RequestEvents.SUBMITTED, at, new UserId(ACTOR), onBehalfOf, "request", "r-1",
                attributes);
    }

    @Test
    void the_structured_form_is_the_json_event_format_in_a_fixed_order() {
        String json = new String(events.structured(event(null, Instant.parse("2026-12-01T09:00:00Z"))),
                StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"specversion\":\"1.0\",\"id\":\"e-1\",\"source\":\"urn:sportello:inps\","
                + "\"type\":\"it.inps.sportello." + RequestEvents.SUBMITTED.name() + "\",\"time\":\"2026-12-01T09:00:00Z\","
                + "\"subject\":\"request/r-1\",\"datacontenttype\":\"application/json\",\"data\":{\"actor\":\"user:" + ACTOR
                + "\",\"onBehalfOf\":null,\"attributes\":{\"office\":\"INPS-ROMA-EUR\",\"protocol\":\"INPS.0001.2026.0000042\","
                + "\"topic\":\"PENSION\"}}}");
    }

    @Test
    void the_represented_user_and_fractions_of_a_second_are_kept() {
        JsonNode root = JSON.readTree(events.structured(event(new UserId(REPRESENTED),
                Instant.parse("2026-12-01T09:00:00.123456Z"))));
        assertThat(root.get("time").stringValue()).isEqualTo("2026-12-01T09:00:00.123456Z");
        assertThat(root.get("data").get("onBehalfOf").stringValue()).isEqualTo("user:" + REPRESENTED);
    }

    @Test
    void a_service_actor_is_written_in_its_text_form() {
        DomainEvent e = new DomainEvent("e-2", RequestEvents.SUBMITTED, Instant.EPOCH, new ServiceId("batch"), null,
                "request", "r-2", Map.of());
        JsonNode data = JSON.readTree(events.data(e));
        assertThat(data.get("actor").stringValue()).isEqualTo("service:batch");
        assertThat(data.get("attributes").isEmpty()).isTrue();
    }

    @Test
    void binary_mode_parts_are_the_attributes_in_order_and_the_data_alone() {
        DomainEvent e = event(new UserId(REPRESENTED), Instant.parse("2026-12-01T09:00:00Z"));
        Map<String, String> attributes = events.attributes(e);
        assertThat(attributes).containsExactly(Map.entry("specversion", "1.0"), Map.entry("id", "e-1"),
                Map.entry("source", "urn:sportello:inps"),
                Map.entry("type", "it.inps.sportello." + RequestEvents.SUBMITTED.name()),
                Map.entry("time", "2026-12-01T09:00:00Z"), Map.entry("subject", "request/r-1"),
                Map.entry("datacontenttype", "application/json"));
        JsonNode structured = JSON.readTree(events.structured(e));
        assertThat(JSON.readTree(events.data(e))).isEqualTo(structured.get("data"));
        attributes.forEach((name, value) -> assertThat(structured.get(name).stringValue()).isEqualTo(value));
        assertThat(structured.propertyNames()).hasSize(attributes.size() + 1);
        assertThatThrownBy(() -> attributes.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void attribute_values_are_escaped_as_json() {
        DomainEvent e = new DomainEvent("e-3", RequestEvents.SUBMITTED, Instant.EPOCH, new UserId(ACTOR), null,
                "request", "r-\"3\"", Map.of("note", "a\"b\\c\nè"));
        JsonNode root = JSON.readTree(events.structured(e));
        assertThat(root.get("subject").stringValue()).isEqualTo("request/r-\"3\"");
        assertThat(root.get("data").get("attributes").get("note").stringValue()).isEqualTo("a\"b\\c\nè");
    }

    @Test
    void the_type_and_subject_are_derived_from_the_event() {
        DomainEvent e = event(null, Instant.EPOCH);
        assertThat(events.type(e)).isEqualTo("it.inps.sportello." + RequestEvents.SUBMITTED.name());
        assertThat(SportelloCloudEvents.subject(e)).isEqualTo("request/r-1");
        assertThat(events.source()).isEqualTo("urn:sportello:inps");
        assertThat(events.typePrefix()).isEqualTo("it.inps.sportello");
        assertThat(events.toString()).contains("urn:sportello:inps", "it.inps.sportello");
    }

    @Test
    void bad_settings_and_a_null_event_are_coded_errors_naming_the_field() {
        assertField(() -> SportelloCloudEvents.of(null, "it.inps"), ErrorCode.VALUE_REQUIRED, "SportelloCloudEvents.source");
        assertField(() -> SportelloCloudEvents.of("urn:x", null), ErrorCode.VALUE_REQUIRED, "SportelloCloudEvents.typePrefix");
        for (String bad : List.of("", "  ", "urn:sportello inps", "http://x/%zz", "a\nb", "x".repeat(2049))) {
            assertThat(SportelloCloudEvents.isSource(bad)).as(bad).isFalse();
            assertField(() -> SportelloCloudEvents.of(bad, "it.inps"), ErrorCode.CONFIG_INVALID, "SportelloCloudEvents.source");
        }
        for (String bad : List.of("", "sportello", "it..inps", ".it.inps", "it.inps.", "it inps.x", "it.inps_x",
                "-it.inps", "a." + "b".repeat(199))) {
            assertThat(SportelloCloudEvents.isTypePrefix(bad)).as(bad).isFalse();
            assertField(() -> SportelloCloudEvents.of("urn:x", bad), ErrorCode.CONFIG_INVALID,
                    "SportelloCloudEvents.typePrefix");
        }
        assertThat(SportelloCloudEvents.isSource(null)).isFalse();
        assertThat(SportelloCloudEvents.isTypePrefix(null)).isFalse();
        assertThat(SportelloCloudEvents.isSource("https://sportello.inps.it/events")).isTrue();
        assertThat(SportelloCloudEvents.isSource("/relative/ref")).isTrue();
        assertThat(SportelloCloudEvents.isTypePrefix("it.inps-2.sportello")).isTrue();
        assertField(() -> events.structured(null), ErrorCode.VALUE_REQUIRED, "event");
        assertField(() -> events.data(null), ErrorCode.VALUE_REQUIRED, "event");
        assertField(() -> events.attributes(null), ErrorCode.VALUE_REQUIRED, "event");
        assertField(() -> events.type(null), ErrorCode.VALUE_REQUIRED, "event");
        assertField(() -> SportelloCloudEvents.subject(null), ErrorCode.VALUE_REQUIRED, "event");
    }

    private static void assertField(Executable call, ErrorCode code, String field) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, call::execute);
        assertThat(e).as(field).isNotNull();
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.details()).containsEntry("field", field);
    }
}
