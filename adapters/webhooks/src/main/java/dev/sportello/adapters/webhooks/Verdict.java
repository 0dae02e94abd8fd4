package dev.sportello.adapters.webhooks;

import dev.sportello.spi.DeliveryResult;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sink's result for one event from its subscribers' outcomes: failed for now if any failed for
 * now (waiting the longest {@code Retry-After} asked for), else accepted if any took it (or none was
 * asked), else refused.
 *
 * <p>Immutable and thread-safe.
 *
 * @param result   the sink's result
 * @param pending  true when some subscriber failed for now, so the event will be retried
 * @param answered the final outcomes (delivered, refused) by subscriber id, to skip on the retry
 */
record Verdict(DeliveryResult result, boolean pending, Map<String, Outcome> answered) {
    private static final int MAX_REASONS = 5;

    static Verdict of(String eventId, Map<String, Outcome> outcomes) {
        Map<String, Outcome> answered = new LinkedHashMap<>();
        StringBuilder failures = new StringBuilder();
        StringBuilder refusals = new StringBuilder();
        int failed = 0;
        int refused = 0;
        Duration retryAfter = null;
        for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
            Outcome o = e.getValue();
            if (o instanceof Outcome.Failed f) {
                append(failures, failed++, e.getKey(), f.reason());
                if (f.retryAfter() != null && (retryAfter == null || f.retryAfter().compareTo(retryAfter) > 0)) {
                    retryAfter = f.retryAfter();
                }
            } else {
                answered.put(e.getKey(), o);
                if (o instanceof Outcome.Refused) {
                    append(refusals, refused++, e.getKey(), o.reason());
                }
            }
        }
        if (failed > 0) {
            String reason = failed + " of " + outcomes.size() + " webhook subscribers failed for now: " + failures;
            return new Verdict(DeliveryResult.failed(reason, retryAfter), true, Map.copyOf(answered));
        }
        if (outcomes.isEmpty() || refused < outcomes.size()) {
            return new Verdict(DeliveryResult.accepted(eventId), false, Map.copyOf(answered));
        }
        return new Verdict(DeliveryResult.refused("every webhook subscriber refused the event: " + refusals), false,
                Map.copyOf(answered));
    }

    private static void append(StringBuilder text, int index, String subscriber, String reason) {
        if (index < MAX_REASONS) {
            text.append(text.length() == 0 ? "" : "; ").append(subscriber).append(": ").append(reason);
        } else if (index == MAX_REASONS) {
            text.append("; ...");
        }
    }
}
