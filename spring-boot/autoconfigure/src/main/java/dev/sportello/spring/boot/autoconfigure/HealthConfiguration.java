package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.OutboxBacklog;
import dev.sportello.Principal;
import dev.sportello.Sportello;
import dev.sportello.SportelloException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/**
 * A health indicator ({@code sportello}) when Spring Boot's health support is on the classpath: UP with
 * the outbox backlog (pending, due, how long the oldest due entry has waited) while the storage answers,
 * DOWN with the error code when it does not. Never personal data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HealthIndicator.class)
class HealthConfiguration {
    static final String PROBE_NAME = "sportello-health";
    static final Principal PROBE = Principal.service(PROBE_NAME);

    @Bean
    @ConditionalOnMissingBean(name = "sportelloHealthIndicator")
    HealthIndicator sportelloHealthIndicator(ObjectProvider<Sportello> sportello) {
        return () -> health(sportello.getObject(), Clock.systemUTC());
    }

    static Health health(Sportello sportello, Clock clock) {
        try {
            OutboxBacklog backlog = sportello.outbox().backlog(PROBE);
            Health.Builder up = Health.up().withDetail("pending", backlog.pending()).withDetail("due", backlog.due());
            if (backlog.oldestDue() != null) {
                Duration waited = Duration.between(backlog.oldestDue(), clock.instant());
                up.withDetail("oldestDueWaitedSeconds", Math.max(0, waited.toSeconds()));
            }
            return up.build();
        } catch (SportelloException e) {
            return Health.down().withDetail("error", e.code().name()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
