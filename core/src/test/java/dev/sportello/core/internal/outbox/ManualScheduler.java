package dev.sportello.core.internal.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A scheduled executor that only records what is scheduled; the test runs each job by hand, on its own thread. */
final class ManualScheduler extends ScheduledThreadPoolExecutor {
    /** One scheduled job and its delay. */
    static final class Job implements ScheduledFuture<Object> {
        final Runnable command;
        final long delayMillis;
        private volatile boolean cancelled;
        private volatile boolean done;

        Job(Runnable command, long delayMillis) {
            this.command = command;
            this.delayMillis = delayMillis;
        }

        /** Runs the job now, as the executor would when its delay is over. */
        void run() {
            if (!cancelled) {
                done = true;
                command.run();
            }
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(delayMillis, TimeUnit.MILLISECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = true;
            return !done;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return done || cancelled;
        }

        @Override
        public Object get() {
            return null;
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return null;
        }
    }

    private final List<Job> jobs = new ArrayList<>();
    /** Jobs accepted before the scheduler refuses more, as a shut-down executor does. */
    volatile int capacity = Integer.MAX_VALUE;

    ManualScheduler() {
        super(1);
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        if (jobs.size() >= capacity) {
            throw new RejectedExecutionException("shut down");
        }
        Job job = new Job(command, unit.toMillis(delay));
        jobs.add(job);
        return job;
    }

    /** Every job scheduled so far, oldest first. */
    synchronized List<Job> jobs() {
        return List.copyOf(jobs);
    }

    /** The job scheduled last. */
    synchronized Job last() {
        return jobs.get(jobs.size() - 1);
    }
}
