package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.core.AppointmentSettings;
import dev.sportello.core.DispatcherSettings;
import dev.sportello.core.NotificationSettings;
import dev.sportello.core.RequestSettings;
import dev.sportello.core.UserSettings;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/spring-boot.md lists every property of the generated metadata; the properties' defaults are the SDK's. */
class DocsAndDefaultsTest {
    private static final Path DOCS = Path.of("../../docs/spring-boot.md");

    @Test
    void everyPropertyOfTheMetadataIsInTheDocsTableWithItsDefault() throws IOException {
        JsonNode metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated metadata").isNotNull();
            metadata = JsonMapper.builder().build().readTree(in);
        }
        String docs = Files.readString(DOCS);
        List<String> missing = new ArrayList<>();
        for (JsonNode property : metadata.get("properties")) {
            String name = property.get("name").asString();
            JsonNode value = property.get("defaultValue");
            String row = "| `" + name + "` |";
            int at = docs.indexOf(row);
            if (at < 0) {
                missing.add(name);
            } else if (value != null && !value.isNull()) {
                String line = docs.substring(at, docs.indexOf('\n', at));
                String shown = value.isBoolean() ? String.valueOf(value.asBoolean()) : value.asString();
                if (!line.contains("`" + shown + "`")) {
                    missing.add(name + " (default " + shown + ")");
                }
            }
        }
        assertThat(missing).as("properties missing from " + DOCS).isEmpty();
        assertThat(metadata.get("properties").size()).isGreaterThan(40);
    }

    @Test
    void thePropertiesDefaultsAreTheSdksDefaults() {
        DispatcherProperties d = new DispatcherProperties();
        DispatcherSettings ds = DispatcherSettings.defaults();
        assertThat(List.of(d.getBatchSize(), d.getWorkers(), d.getSendThreads(), d.getMaxAttempts()))
                .containsExactly(ds.batchSize(), ds.workers(), ds.sendThreads(), ds.maxAttempts());
        assertThat(List.of(d.getLease(), d.getSendTimeout(), d.getInitialBackoff(), d.getMaxBackoff()))
                .containsExactly(ds.lease(), ds.sendTimeout(), ds.initialBackoff(), ds.maxBackoff());
        UserProperties u = new UserProperties();
        UserSettings us = UserSettings.defaults();
        assertThat(List.<Object>of(u.getCodeDigits(), u.getCodeValidity(), u.getCodeAttempts()))
                .containsExactly(us.codeDigits(), us.codeValidity(), us.codeAttempts());
        NotificationProperties n = new NotificationProperties();
        NotificationSettings ns = NotificationSettings.defaults();
        assertThat(List.<Object>of(n.getMaxSmsSegments(), LocalTime.parse(n.getQuietHoursStart()), LocalTime.parse(n.getQuietHoursEnd()),
                n.getProactiveValidity(), n.getEngagementThreshold(), n.getDefaultZone()))
                .containsExactly(ns.maxSmsSegments(), ns.quietHoursStart(), ns.quietHoursEnd(), ns.proactiveValidity(),
                        ns.engagementThreshold(), ns.defaultZone());
        RequestProperties r = new RequestProperties();
        RequestSettings rs = RequestSettings.defaults();
        assertThat(List.<Object>of(r.getMaxFiles(), r.getMaxFileSize().toBytes(), r.getMaxTotalSize().toBytes(), r.getPilotOffices()))
                .containsExactly(rs.maxFiles(), rs.maxFileBytes(), rs.maxTotalBytes(), rs.pilotOffices());
        AppointmentProperties a = new AppointmentProperties();
        AppointmentSettings as = AppointmentSettings.defaults();
        assertThat(List.<Object>of(a.getMaxActivePerTopic(), a.getReminderBefore(), a.getAdmissionCodeDigits(),
                a.getAdmissionAttempts(), a.getJoinEarly(), a.getNoShowGrace(), a.getOfferHold(), a.getOrganizer()))
                .containsExactly(as.maxActivePerTopic(), as.reminderBefore(), as.admissionCodeDigits(), as.admissionAttempts(),
                        as.joinEarly(), as.noShowGrace(), as.offerHold(), as.organizer());
    }
}
