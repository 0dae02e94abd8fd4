package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.OutboxAdministration;
import dev.sportello.OutboxBacklog;
import dev.sportello.Sportello;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox gauges never hold a scrape hostage to a slow or unreachable database. */
class OutboxGaugesTest {
    private final CountDownLatch databaseAnswers = new CountDownLatch(1);
    private final AtomicInteger reads = new AtomicInteger();

    /** A Sportello whose backlog read waits until the test lets the database answer. */
    private Sportello slowDatabase() {
        OutboxAdministration outbox = (OutboxAdministration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{OutboxAdministration.class}, (p, method, args) -> {
                    if (!method.getName().equals("backlog")) {
                        throw new AssertionError("unexpected " + method.getName());
                    }
                    reads.incrementAndGet();
                    databaseAnswers.await();
                    return new OutboxBacklog(7, 3, null);
                });
        return (Sportello) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Sportello.class},
                (p, method, args) -> {
                    if (!method.getName().equals("outbox")) {
                        throw new AssertionError("unexpected " + method.getName());
                    }
                    return outbox;
                });
    }

    @Test
    void aScrapeAnswersWhileTheReadWaitsAndTheNextOneGetsTheValue() {
        Sportello sportello = slowDatabase();
        OutboxGauges gauges = new OutboxGauges(() -> sportello, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC));

        assertThat(gauges.read(OutboxBacklog::pending)).as("the database has not answered: no value yet").isNaN();
        assertThat(gauges.read(OutboxBacklog::due)).as("still waiting, and no second read started").isNaN();
        assertThat(reads).hasValue(1);

        databaseAnswers.countDown();
        assertThat(gauges.read(OutboxBacklog::pending)).isEqualTo(7);
        assertThat(gauges.read(OutboxBacklog::due)).as("within the refresh period: the same read").isEqualTo(3);
        assertThat(reads).hasValue(1);
    }
}
