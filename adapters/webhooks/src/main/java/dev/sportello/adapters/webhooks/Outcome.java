package dev.sportello.adapters.webhooks;

import java.time.Duration;

/** What one subscriber answered to one attempt. Immutable and thread-safe. */
sealed interface Outcome {
    /** Why, without personal data. */
    String reason();

    /** Took it over (2xx). */
    record Delivered(String reason) implements Outcome {
    }

    /** Refused it for good (4xx other than 408/429); {@code gone} for 410, the subscriber gave up. */
    record Refused(String reason, boolean gone) implements Outcome {
    }

    /** Failed for now (408, 429, 3xx, 5xx, timeout, connection error); {@code retryAfter} may be null. */
    record Failed(String reason, Duration retryAfter) implements Outcome {
    }
}
