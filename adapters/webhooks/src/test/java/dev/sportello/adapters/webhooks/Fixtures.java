package dev.sportello.adapters.webhooks;

import dev.sportello.DomainEvent;
import dev.sportello.UserId;
import dev.sportello.requests.RequestEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;

/** Shared test data: seeded secrets, events, a clock the test moves. */
final class Fixtures {
    static final UserId ACTOR = UserId.of("8f14e45f-ceea-467f-a9c8-1f2a3b4c5d6e");
    static final UserId REPRESENTED = UserId.of("0b6e7f7a-1c1d-4e5f-9a8b-7c6d5e4f3a2b");

    private Fixtures() {
    }

    /** A secret of 32 bytes from a seeded generator. */
    static WebhookSecret secret(long seed) {
        byte[] bytes = new byte[32];
        new Random(seed).nextBytes(bytes);
        return WebhookSecret.ofBytes(bytes);
    }

    static DomainEvent event(String id) {
        return new DomainEvent(id, RequestEvents.SUBMITTED, Instant.parse("2026-12-01T09:00:00.123Z"), ACTOR, REPRESENTED,
                "request", "r-1", Map.of("topic", "PENSION", "office", "INPS-ROMA-EUR", "protocol", "INPS.0001.2026.0000042"));
    }

    static WebhookEventSink.Builder sink(WebhookSubscriptions subscriptions) {
        return WebhookEventSink.builder().source("urn:sportello:inps").typePrefix("it.inps.sportello")
                .subscriptions(subscriptions).connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(2));
    }

    /** A clock that stays where the test puts it. Thread-safe. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
