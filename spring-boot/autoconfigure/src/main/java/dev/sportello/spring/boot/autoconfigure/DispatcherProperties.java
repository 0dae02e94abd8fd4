package dev.sportello.spring.boot.autoconfigure;

import java.time.Duration;

/**
 * {@code sportello.dispatcher.*}: how the outbox dispatcher runs in the application. The defaults are
 * the SDK's ({@code DispatcherSettings.defaults()}), except the poll interval, which only the starter has.
 *
 * <p>Not thread-safe: Spring binds it once at start-up.
 */
public class DispatcherProperties {
    /** Whether the starter runs the dispatcher in the background (false: the application calls sportello.dispatcher().runOnce() itself). */
    private boolean enabled = true;
    /** Batch loops running at once in this instance (1 to 64); instances on one database share the work. */
    private int workers = 2;
    /** Outbox entries claimed per batch (1 to 10,000). */
    private int batchSize = 500;
    /** The pause of a batch loop when nothing is due. */
    private Duration pollInterval = Duration.ofSeconds(1);
    /** How long a claim holds an entry before another dispatcher may take it (1 second to 1 day). */
    private Duration lease = Duration.ofMinutes(1);
    /** How long one send may take before it counts as failed (shorter than the lease). */
    private Duration sendTimeout = Duration.ofSeconds(10);
    /** Sends running at once in the dispatcher's own pool (1 to 256). */
    private int sendThreads = 8;
    /** Attempts before an entry is dead-lettered (1 to 100). */
    private int maxAttempts = 8;
    /** The delay after the first failure; it doubles each attempt (1 ms to 1 day). */
    private Duration initialBackoff = Duration.ofSeconds(5);
    /** The longest delay between attempts (at least the initial backoff, at most 7 days). */
    private Duration maxBackoff = Duration.ofHours(1);

    /** {@return whether the dispatcher runs in the background} */
    public boolean isEnabled() {
        return enabled;
    }

    /** @param enabled whether the dispatcher runs in the background */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** {@return the number of batch loops} */
    public int getWorkers() {
        return workers;
    }

    /** @param workers the number of batch loops */
    public void setWorkers(int workers) {
        this.workers = workers;
    }

    /** {@return entries claimed per batch} */
    public int getBatchSize() {
        return batchSize;
    }

    /** @param batchSize entries claimed per batch */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    /** {@return the pause when nothing is due; null only if bound so} */
    public Duration getPollInterval() {
        return pollInterval;
    }

    /** @param pollInterval the pause when nothing is due */
    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    /** {@return the claim lease} */
    public Duration getLease() {
        return lease;
    }

    /** @param lease the claim lease */
    public void setLease(Duration lease) {
        this.lease = lease;
    }

    /** {@return the per-send timeout} */
    public Duration getSendTimeout() {
        return sendTimeout;
    }

    /** @param sendTimeout the per-send timeout */
    public void setSendTimeout(Duration sendTimeout) {
        this.sendTimeout = sendTimeout;
    }

    /** {@return sends running at once} */
    public int getSendThreads() {
        return sendThreads;
    }

    /** @param sendThreads sends running at once */
    public void setSendThreads(int sendThreads) {
        this.sendThreads = sendThreads;
    }

    /** {@return attempts before dead-lettering} */
    public int getMaxAttempts() {
        return maxAttempts;
    }

    /** @param maxAttempts attempts before dead-lettering */
    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** {@return the first retry delay} */
    public Duration getInitialBackoff() {
        return initialBackoff;
    }

    /** @param initialBackoff the first retry delay */
    public void setInitialBackoff(Duration initialBackoff) {
        this.initialBackoff = initialBackoff;
    }

    /** {@return the longest retry delay} */
    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    /** @param maxBackoff the longest retry delay */
    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }
}
