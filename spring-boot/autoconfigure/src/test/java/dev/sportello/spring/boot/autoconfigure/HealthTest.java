package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.Channel;
import dev.sportello.DeadLetter;
import dev.sportello.OutboxAdministration;
import dev.sportello.OutboxBacklog;
import dev.sportello.OutboxEntryId;
import dev.sportello.Page;
import dev.sportello.Sportello;
import dev.sportello.core.SportelloSdk;
import dev.sportello.notifications.Purpose;
import dev.sportello.notifications.ScheduleMessage;
import dev.sportello.notifications.Urgency;
import dev.sportello.requests.RequestMessageKinds;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The health indicator: the backlog while the storage answers, DOWN with a code when it does not. */
class HealthTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SportelloAutoConfiguration.class))
            .withUserConfiguration(TestBeans.class)
            .withPropertyValues("sportello.dispatcher.enabled=false", TestBeans.PORTAL_GRANTS);

    @Test
    void theIndicatorReportsTheBacklog() {
        runner.run(context -> {
            HealthIndicator indicator = context.getBean("sportelloHealthIndicator", HealthIndicator.class);
            Health empty = indicator.health();
            assertThat(empty.getStatus()).isEqualTo(Status.UP);
            assertThat(empty.getDetails()).containsEntry("pending", 0L).containsEntry("due", 0L);
            SportelloSdk sdk = context.getBean(SportelloSdk.class);
            var user = TestBeans.citizen(sdk);
            sdk.notifications().schedule(TestBeans.PORTAL, new ScheduleMessage(user.id(),
                    RequestMessageKinds.REGISTERED, Set.of(Channel.PUSH), Map.of("protocol", "P-1", "subject", "Test"),
                    Purpose.TRANSACTIONAL, null, Urgency.URGENT));
            Health waiting = indicator.health();
            assertThat(waiting.getStatus()).isEqualTo(Status.UP);
            assertThat((Long) waiting.getDetails().get("due")).isPositive();
            assertThat(waiting.getDetails()).containsKey("oldestDueWaitedSeconds");
        });
    }

    @Test
    void aStorageThatFailsIsDownWithTheErrorCodeOnly() {
        Sportello broken = (Sportello) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Sportello.class},
                (proxy, method, args) -> {
                    throw new IllegalStateException("connection refused to db.example.it as user mario.rossi");
                });
        Health health = HealthConfiguration.health(broken, Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC),
                Duration.ofMinutes(15));
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsOnly(Map.entry("error", "IllegalStateException"));
    }

    @Test
    void deadLettersOrALateDueEntryDegradeTheHealth() {
        Instant now = Instant.parse("2026-12-02T09:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        Duration lateAfter = Duration.ofMinutes(15);
        Health onTime = HealthConfiguration.health(outbox(new OutboxBacklog(2, 1, now.minusSeconds(60)), false), clock, lateAfter);
        assertThat(onTime.getStatus()).isEqualTo(Status.UP);
        assertThat(onTime.getDetails()).containsEntry("deadLetters", false).containsEntry("oldestDueWaitedSeconds", 60L);
        Health late = HealthConfiguration.health(outbox(new OutboxBacklog(2, 1, now.minusSeconds(901)), false), clock, lateAfter);
        assertThat(late.getStatus()).isEqualTo(HealthConfiguration.DEGRADED);
        assertThat(late.getDetails()).containsEntry("oldestDueWaitedSeconds", 901L);
        Health dead = HealthConfiguration.health(outbox(new OutboxBacklog(0, 0, null), true), clock, lateAfter);
        assertThat(dead.getStatus()).isEqualTo(HealthConfiguration.DEGRADED);
        assertThat(dead.getDetails()).containsEntry("deadLetters", true).doesNotContainKey("oldestDueWaitedSeconds");
    }

    @Test
    void aLateAfterOfZeroFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("sportello.health.late-after=0s").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("sportello.health.late-after"));
    }

    /** A Sportello whose outbox has this backlog, and one dead letter or none. */
    private Sportello outbox(OutboxBacklog backlog, boolean deadLetter) {
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        DeadLetter letter = deadLetter ? new DeadLetter(new OutboxEntryId(java.util.UUID.randomUUID()), "MESSAGE", "sms",
                8, "REFUSED", at, at) : null;
        OutboxAdministration outbox = (OutboxAdministration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{OutboxAdministration.class}, (p, method, args) -> switch (method.getName()) {
                    case "backlog" -> backlog;
                    case "deadLetters" -> new Page<>(letter == null ? List.of() : List.of(letter), null);
                    default -> throw new AssertionError(method.getName());
                });
        return (Sportello) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Sportello.class},
                (p, method, args) -> outbox);
    }

    @Test
    void withoutBootsHealthSupportThereIsNoIndicator() {
        runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                .run(context -> assertThat(context).doesNotHaveBean("sportelloHealthIndicator"));
    }
}
