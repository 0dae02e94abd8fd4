package dev.sportello.spring.boot.autoconfigure;

import dev.sportello.spi.Instrumentation.EntryOutcome;

/** Counts outbox entries per channel and outcome (Micrometer's counter when micrometer-core is present). Thread-safe. */
interface EntryCounter {
    void count(String channel, EntryOutcome outcome);
}
