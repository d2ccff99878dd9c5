package dev.statuslab.ui.common;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a delay. The app's runs it on the JavaFX thread after the real delay
 * ({@link #after(Executor)}); a test's runs it when the test moves its clock.
 */
@FunctionalInterface
public interface Scheduler {

    /** Runs {@code task} once {@code delay} has passed. */
    void schedule(Duration delay, Runnable task);

    /** A scheduler that waits the real time, then runs the task on {@code executor}. */
    static Scheduler after(Executor executor) {
        return (delay, task) -> CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, executor)
                .execute(task);
    }
}
