package dev.statuslab.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link Scheduler} whose clock moves only when the test says so: tasks run in {@link #advance}. */
public final class ManualScheduler implements Scheduler {

    private record Pending(Duration due, long order, Runnable task) {}

    private final List<Pending> pending = new ArrayList<>();
    private Duration now = Duration.ZERO;
    private long order;

    @Override
    public void schedule(Duration delay, Runnable task) {
        pending.add(new Pending(now.plus(delay), order++, task));
    }

    /** Moves the clock by {@code step}, running every task that falls due, earliest first. */
    public void advance(Duration step) {
        now = now.plus(step);
        while (true) {
            Pending next = pending.stream()
                    .filter(p -> p.due().compareTo(now) <= 0)
                    .min(Comparator.comparing(Pending::due).thenComparingLong(Pending::order))
                    .orElse(null);
            if (next == null) {
                return;
            }
            pending.remove(next);
            next.task().run();
        }
    }

    /** How many tasks are still waiting for their time. */
    public int waiting() {
        return pending.size();
    }
}
