package dev.statuslab.app;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Gives memory back to the system once the app is quiet after a burst. A 5 MB response, an import
 * or "show all" makes the heap grow, and the serial collector keeps the heap it grew: the space is
 * free but still counts against the machine. A few seconds after the last activity, when the heap
 * holds much more than it did after the last trim, one full collection lets it shrink (with the
 * shrink options of {@code desktop-jvm.options}). It never runs while the user is busy, and runs
 * once per burst, not on a timer.
 */
final class IdleHeapTrim {

    /** Quiet time after the last activity before trimming. */
    static final long QUIET_MILLIS = 2_000;
    /** Below this much committed heap there is nothing worth giving back. */
    static final long FLOOR_BYTES = 96L * 1024 * 1024;
    /** How much the heap must have grown since the last trim to trim again. */
    static final long GROWTH_BYTES = 32L * 1024 * 1024;

    private final ScheduledExecutorService scheduler;
    private final LongSupplier committedHeap;
    private final Runnable collect;
    private ScheduledFuture<?> pending;
    private long afterLastTrim;

    /** The real thing: the JVM's committed heap and {@link System#gc()}. */
    static IdleHeapTrim forThisJvm(ScheduledExecutorService scheduler) {
        return new IdleHeapTrim(scheduler, Runtime.getRuntime()::totalMemory, System::gc);
    }

    IdleHeapTrim(ScheduledExecutorService scheduler, LongSupplier committedHeap, Runnable collect) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.committedHeap = Objects.requireNonNull(committedHeap, "committedHeap");
        this.collect = Objects.requireNonNull(collect, "collect");
    }

    /** Something happened (an exchange, an import): the quiet period starts again. Any thread. */
    synchronized void activity() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::trimIfWorthIt, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Runs on the scheduler's thread; the collection pauses the app once, while nobody is using it. */
    synchronized void trimIfWorthIt() {
        pending = null;
        long committed = committedHeap.getAsLong();
        if (committed > FLOOR_BYTES && committed > afterLastTrim + GROWTH_BYTES) {
            collect.run();
            afterLastTrim = committedHeap.getAsLong();
        }
    }
}
