package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.OutboxBacklog;
import dev.sportello.PageRequest;
import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.SportelloException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * A health indicator ({@code sportello}) when Spring Boot's health support is on the classpath: UP with
 * the outbox backlog (pending, due, how long the oldest due entry has waited) while the storage answers;
 * {@link #DEGRADED} when dead letters wait for an operator or the oldest due entry has waited longer than
 * {@code sportello.health.late-after}; DOWN with the error code when the storage does not answer. Never
 * personal data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HealthIndicator.class)
class HealthConfiguration {
    static final String PROBE_NAME = "sportello-health";
    static final Principal PROBE = Principal.service(PROBE_NAME);
    /** The storage answers, but work is stuck: dead letters, or due entries waiting too long. */
    static final Status DEGRADED = new Status("DEGRADED", "dead letters or late outbox entries");

    @Bean
    @ConditionalOnMissingBean(name = "sportelloHealthIndicator")
    HealthIndicator sportelloHealthIndicator(ObjectProvider<Sportello> sportello, SportelloProperties properties) {
        Duration lateAfter = properties.getHealth().getLateAfter();
        if (lateAfter == null || lateAfter.isNegative() || lateAfter.isZero()) {
            throw new InvalidConfigurationPropertyValueException("sportello.health.late-after", lateAfter,
                    "a duration of more than zero, such as 15m");
        }
        return () -> health(sportello.getObject(), Clock.systemUTC(), lateAfter);
    }

    static Health health(Sportello sportello, Clock clock, Duration lateAfter) {
        try {
            OutboxBacklog backlog = sportello.outbox().backlog(PROBE);
            boolean deadLetters = !sportello.outbox().deadLetters(PROBE, PageRequest.first(1)).items().isEmpty();
            long waited = backlog.oldestDue() == null ? -1
                    : Math.max(0, Duration.between(backlog.oldestDue(), clock.instant()).toSeconds());
            boolean late = waited > lateAfter.toSeconds();
            Health.Builder health = (deadLetters || late ? Health.status(DEGRADED) : Health.up())
                    .withDetail("pending", backlog.pending()).withDetail("due", backlog.due())
                    .withDetail("deadLetters", deadLetters);
            if (waited >= 0) {
                health.withDetail("oldestDueWaitedSeconds", waited);
            }
            return health.build();
        } catch (SportelloException e) {
            return Health.down().withDetail("error", e.code().name()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
