package dev.statuslab.core.concurrent;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waiting, at shutdown, for the last write of a store to finish, for a bounded time. */
public final class Settling {

    private Settling() {}

    /**
     * Waits up to {@code limit} for {@code work}; true when it finished well, false when it failed,
     * ran past the limit, or the wait was interrupted (the interrupt is kept).
     */
    public static boolean await(Future<?> work, Duration limit) {
        try {
            work.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
