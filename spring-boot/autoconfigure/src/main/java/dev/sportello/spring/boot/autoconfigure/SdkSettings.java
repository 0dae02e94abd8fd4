package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.Operation;
import dev.sportello.ServiceGrants;
import dev.sportello.core.SportelloSdk;
import dev.sportello.offices.OfficeCode;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import static dev.sportello.spring.boot.autoconfigure.PropertyBinding.apply;
import static dev.sportello.spring.boot.autoconfigure.PropertyBinding.of;

/** Applies the {@code sportello.*} area properties to the SDK's builder, naming the property of a bad value. */
final class SdkSettings {
    private static final String P = "sportello.";

    private SdkSettings() {
    }

    static void applyTo(SportelloProperties properties, SportelloSdk.Builder builder) {
        dispatcher(properties.getDispatcher(), builder);
        users(properties.getUsers(), builder);
        notifications(properties.getNotifications(), builder);
        requests(properties.getRequests(), builder);
        appointments(properties.getAppointments(), builder);
        services(properties.getServices(), builder);
    }

    /**
     * The grants of {@code sportello.services.*}, plus {@link Operation#ADMINISTRATION} for the starter's own
     * probes (the health indicator and the outbox gauges read the backlog as services).
     */
    private static void services(Map<String, Set<Operation>> services, SportelloSdk.Builder builder) {
        ServiceGrants.Builder grants = ServiceGrants.builder()
                .grant(HealthConfiguration.PROBE_NAME, Operation.ADMINISTRATION)
                .grant(OutboxGauges.METRICS_NAME, Operation.ADMINISTRATION);
        services.forEach((name, operations) -> apply(() -> grants.grant(name, operations),
                of("ServiceGrants.operations", P + "services." + name, operations)));
        builder.serviceGrants(grants.build());
    }

    private static void dispatcher(DispatcherProperties d, SportelloSdk.Builder builder) {
        String p = P + "dispatcher.";
        String s = "DispatcherSettings.";
        builder.dispatcher(b -> {
            apply(() -> b.batchSize(d.getBatchSize()), of(s + "batchSize", p + "batch-size", d.getBatchSize()));
            apply(() -> b.workers(d.getWorkers()), of(s + "workers", p + "workers", d.getWorkers()));
            apply(() -> b.sendThreads(d.getSendThreads()), of(s + "sendThreads", p + "send-threads", d.getSendThreads()));
            apply(() -> b.retries(d.getMaxAttempts(), d.getInitialBackoff(), d.getMaxBackoff()),
                    of(s + "maxAttempts", p + "max-attempts", d.getMaxAttempts()),
                    of(s + "initialBackoff", p + "initial-backoff", d.getInitialBackoff()),
                    of(s + "maxBackoff", p + "max-backoff", d.getMaxBackoff()));
            apply(() -> b.timeouts(d.getLease(), d.getSendTimeout()),
                    of(s + "lease", p + "lease", d.getLease()),
                    of(s + "sendTimeout", p + "send-timeout", d.getSendTimeout()));
        });
    }

    private static void users(UserProperties u, SportelloSdk.Builder builder) {
        String p = P + "users.";
        String s = "UserSettings.";
        builder.users(b -> {
            apply(() -> b.codeDigits(u.getCodeDigits()), of(s + "codeDigits", p + "code-digits", u.getCodeDigits()));
            apply(() -> b.codeValidity(u.getCodeValidity()), of(s + "codeValidity", p + "code-validity", u.getCodeValidity()));
            apply(() -> b.codeAttempts(u.getCodeAttempts()), of(s + "codeAttempts", p + "code-attempts", u.getCodeAttempts()));
        });
    }

    private static void notifications(NotificationProperties n, SportelloSdk.Builder builder) {
        String p = P + "notifications.";
        String s = "NotificationSettings.";
        LocalTime start = time(n.getQuietHoursStart(), p + "quiet-hours-start");
        LocalTime end = time(n.getQuietHoursEnd(), p + "quiet-hours-end");
        builder.notifications(b -> {
            apply(() -> b.maxSmsSegments(n.getMaxSmsSegments()),
                    of(s + "maxSmsSegments", p + "max-sms-segments", n.getMaxSmsSegments()));
            apply(() -> b.quietHours(start, end), of(s + "quietHoursStart", p + "quiet-hours-start", n.getQuietHoursStart()),
                    of(s + "quietHoursEnd", p + "quiet-hours-end", n.getQuietHoursEnd()));
            apply(() -> b.proactiveValidity(n.getProactiveValidity()),
                    of(s + "proactiveValidity", p + "proactive-validity", n.getProactiveValidity()));
            apply(() -> b.engagementThreshold(n.getEngagementThreshold()),
                    of(s + "engagementThreshold", p + "engagement-threshold", n.getEngagementThreshold()));
            apply(() -> b.defaultZone(n.getDefaultZone()), of(s + "defaultZone", p + "default-zone", n.getDefaultZone()));
        });
    }

    private static void requests(RequestProperties r, SportelloSdk.Builder builder) {
        String p = P + "requests.";
        String s = "RequestSettings.";
        builder.requests(b -> {
            apply(() -> b.maxFiles(r.getMaxFiles()), of(s + "maxFiles", p + "max-files", r.getMaxFiles()));
            apply(() -> b.sizeLimits(bytes(r.getMaxFileSize()), bytes(r.getMaxTotalSize())),
                    of(s + "maxFileBytes", p + "max-file-size", r.getMaxFileSize()),
                    of(s + "maxTotalBytes", p + "max-total-size", r.getMaxTotalSize()));
            apply(() -> b.pilotOffices(offices(r.getPilotOffices())), of(s + "pilotOffices", p + "pilot-offices", r.getPilotOffices()));
        });
    }

    private static void appointments(AppointmentProperties a, SportelloSdk.Builder builder) {
        String p = P + "appointments.";
        String s = "AppointmentSettings.";
        builder.appointments(b -> {
            apply(() -> b.maxActivePerTopic(a.getMaxActivePerTopic()),
                    of(s + "maxActivePerTopic", p + "max-active-per-topic", a.getMaxActivePerTopic()));
            apply(() -> b.reminderBefore(a.getReminderBefore()), of(s + "reminderBefore", p + "reminder-before", a.getReminderBefore()));
            apply(() -> b.admissionCode(a.getAdmissionCodeDigits(), a.getAdmissionAttempts()),
                    of(s + "admissionCodeDigits", p + "admission-code-digits", a.getAdmissionCodeDigits()),
                    of(s + "admissionAttempts", p + "admission-attempts", a.getAdmissionAttempts()));
            apply(() -> b.joinEarly(a.getJoinEarly()), of(s + "joinEarly", p + "join-early", a.getJoinEarly()));
            apply(() -> b.noShowGrace(a.getNoShowGrace()), of(s + "noShowGrace", p + "no-show-grace", a.getNoShowGrace()));
            apply(() -> b.offerHold(a.getOfferHold()), of(s + "offerHold", p + "offer-hold", a.getOfferHold()));
            apply(() -> b.organizer(a.getOrganizer()), of(s + "organizer", p + "organizer", a.getOrganizer()));
        });
    }

    private static LocalTime time(String value, String property) {
        try {
            return value == null ? null : LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationPropertyValueException(property, value, "a time of day such as 21:00");
        }
    }

    private static long bytes(DataSize size) {
        return size == null ? -1 : size.toBytes();
    }

    private static Set<OfficeCode> offices(Set<String> codes) {
        Set<OfficeCode> offices = new LinkedHashSet<>();
        if (codes != null) {
            codes.forEach(code -> offices.add(new OfficeCode(code)));
        }
        return offices;
    }
}
