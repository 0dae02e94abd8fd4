package dev.sportello.adapters.pushhttp;

import dev.sportello.spi.DeliveryResult;
import dev.sportello.spi.PushTarget;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Combines the answers of a message's installations into one {@link DeliveryResult}: any installation failed for
 * now → failed (with the longest wait asked for); else any delivered → accepted (the provider id is the first
 * delivered installation's message name, in target order); else → refused. Dead installations are reported in
 * {@code retiredTargets} of the accepted or refused result. Reasons count installations and name the
 * provider's error codes; they never hold tokens or device ids. A {@link TargetAnswer.Misconfigured} answer
 * counts as failed for now, like a {@code RetryLater} without a wait.
 *
 * <p>Limitation: {@link DeliveryResult.Failed} has no {@code retiredTargets}, so the dead installations found on
 * an attempt that fails for now are only remembered with the message's other final answers
 * ({@link #finalAnswers}) and reported in the accepted or refused result of a later attempt. A message that is
 * dead-lettered after failing for now (or whose memory is evicted) loses them: those installations are not
 * retired then. The provider answers {@code UNREGISTERED} again on the next push to such an installation, and
 * that push retires it.
 *
 * <p>Immutable and thread-safe.
 */
final class Tally {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    /** The combined result. */
    final DeliveryResult result;
    /** The final answers by device id, to remember when the result is failed; empty otherwise. */
    final Map<String, TargetAnswer> finalAnswers;
    /** The device ids reported dead (retired), in target order. */
    final Set<String> retired;

    private Tally(DeliveryResult result, Map<String, TargetAnswer> finalAnswers, Set<String> retired) {
        this.result = result;
        this.finalAnswers = finalAnswers;
        this.retired = retired;
    }

    static Tally of(List<PushTarget> targets, Map<PushTarget, TargetAnswer> answers) {
        int total = targets.size();
        String firstName = null;
        int delivered = 0;
        Set<String> retired = new LinkedHashSet<>();
        Set<String> deadCodes = new TreeSet<>();
        Set<String> refusedCodes = new TreeSet<>();
        Set<String> failedCodes = new TreeSet<>();
        int refused = 0;
        int failed = 0;
        Duration wait = null;
        Map<String, TargetAnswer> finals = new LinkedHashMap<>();
        for (PushTarget target : targets) {
            TargetAnswer answer = answers.get(target);
            if (answer instanceof TargetAnswer.Delivered d) {
                delivered++;
                firstName = firstName == null ? d.messageId() : firstName;
                finals.put(target.deviceId(), answer);
            } else if (answer instanceof TargetAnswer.Dead d) {
                retired.add(target.deviceId());
                deadCodes.add(code(d.errorCode()));
                finals.put(target.deviceId(), answer);
            } else if (answer instanceof TargetAnswer.Rejected r) {
                refused++;
                refusedCodes.add(code(r.errorCode()));
                finals.put(target.deviceId(), answer);
            } else if (answer instanceof TargetAnswer.Misconfigured m) {
                failed++;
                failedCodes.add(code(m.errorCode()));
            } else if (answer instanceof TargetAnswer.RetryLater later) {
                failed++;
                failedCodes.add(code(later.errorCode()));
                if (later.retryAfter() != null && (wait == null || later.retryAfter().compareTo(wait) > 0)) {
                    wait = later.retryAfter();
                }
            } else {
                // CredentialsRejected left after the one retry with a fresh token, or no answer at all
                failed++;
                failedCodes.add(answer instanceof TargetAnswer.CredentialsRejected c ? code(c.errorCode()) : "NO_ANSWER");
            }
        }
        if (failed > 0) {
            String reason = "push failed for now for " + failed + " of " + total + " installation(s) ("
                    + String.join(", ", failedCodes) + ")"
                    + (delivered > 0 ? "; " + delivered + " delivered, not sent again on the retry" : "");
            return new Tally(DeliveryResult.failed(reason, wait), finals, Set.copyOf(retired));
        }
        if (delivered > 0) {
            return new Tally(new DeliveryResult.Accepted(firstName, retired), Map.of(), Set.copyOf(retired));
        }
        String reason;
        if (refused == 0) {
            reason = "no live installation: " + retired.size() + " installation(s) retired (" + String.join(", ", deadCodes) + ")";
        } else {
            Set<String> codes = new TreeSet<>(refusedCodes);
            codes.addAll(deadCodes);
            reason = "push refused for all " + total + " installation(s): " + refused + " refused, " + retired.size()
                    + " retired (" + String.join(", ", codes) + ")";
        }
        return new Tally(new DeliveryResult.Refused(reason, retired), Map.of(), Set.copyOf(retired));
    }

    /** The provider's code when it is a plain code, else {@code UNRECOGNISED} (a provider's text stays out of reasons). */
    static String code(String errorCode) {
        return errorCode != null && CODE.matcher(errorCode).matches() ? errorCode : "UNRECOGNISED";
    }
}
