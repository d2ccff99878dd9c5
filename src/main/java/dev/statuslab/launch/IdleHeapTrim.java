package dev.statuslab.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Gives memory back to the system once the app is quiet after a burst. A 5 MB response, an import
 * or "show all" makes the heap grow, and the serial collector keeps the heap it grew: the space is
 * free but still counts against the machine. A few seconds after the last activity, when the app
 * holds much more memory than at start-up or after the last trim, one full collection lets the
 * heap shrink (with the shrink options of {@code desktop-jvm.options}), and the C library's free
 * memory goes back too.
 * It never runs while the user is busy, and runs once per burst, not on a timer.
 */
public final class IdleHeapTrim {

    /** Quiet time after the last activity before trimming. */
    static final long QUIET_MILLIS = 2_000;
    /** When the native heap is trimmed a second time, after the collection. */
    static final long NATIVE_RETRIM_MILLIS = 500;
    /** How much the footprint must have grown since start-up or the last trim to trim again. */
    static final long GROWTH_BYTES = 32L * 1024 * 1024;

    private final ScheduledExecutorService scheduler;
    private final LongSupplier footprint;
    private final Runnable collect;
    private ScheduledFuture<?> pending;
    private long afterLastTrim;

    /**
     * The real thing: the process's resident memory, {@link System#gc()}, then the C library's
     * free memory handed back too ({@code jcmd PID System.trim_native_heap}, where the JVM has it).
     */
    public static IdleHeapTrim forThisJvm(ScheduledExecutorService scheduler) {
        return new IdleHeapTrim(scheduler, IdleHeapTrim::footprint, () -> {
            System.gc();
            trimNativeHeap();
            // Native memory that dead objects held (buffers, textures) is freed by cleaner threads
            // after the collection: trim once more when they have run.
            scheduler.schedule(IdleHeapTrim::trimNativeHeap, NATIVE_RETRIM_MILLIS, TimeUnit.MILLISECONDS);
        });
    }

    /**
     * Asks the JVM to return the native heap's free memory to the system, through the diagnostic
     * command MBean; JDK 17 builds without the command leave it as it is. Returns whether it ran.
     */
    static boolean trimNativeHeap() {
        try {
            ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
            ManagementFactory.getPlatformMBeanServer()
                    .invoke(commands, "systemTrimNativeHeap", new Object[] {new String[0]}, new String[] {
                        String[].class.getName()
                    });
            return true;
        } catch (JMException | RuntimeException e) {
            return false;
        }
    }

    /**
     * @param footprint how much memory the app holds now; what it holds at construction is the
     *                  baseline that a burst must outgrow by {@link #GROWTH_BYTES}
     */
    IdleHeapTrim(ScheduledExecutorService scheduler, LongSupplier footprint, Runnable collect) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.footprint = Objects.requireNonNull(footprint, "footprint");
        this.collect = Objects.requireNonNull(collect, "collect");
        this.afterLastTrim = footprint.getAsLong();
    }

    /**
     * The process's resident memory where {@code /proc} tells it (what the machine pays, Java heap
     * and native memory alike), else the committed Java heap.
     */
    static long footprint() {
        try {
            String[] statm =
                    Files.readString(Path.of("/proc/self/statm")).trim().split(" ");
            return Long.parseLong(statm[1]) * PAGE_BYTES;
        } catch (IOException | RuntimeException e) {
            return Runtime.getRuntime().totalMemory();
        }
    }

    private static final long PAGE_BYTES = 4096;

    /** Something happened (an exchange, an import): the quiet period starts again. Any thread. */
    public synchronized void activity() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::trimIfWorthIt, QUIET_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Runs on the scheduler's thread; the collection pauses the app once, while nobody is using it. */
    synchronized void trimIfWorthIt() {
        pending = null;
        if (footprint.getAsLong() > afterLastTrim + GROWTH_BYTES) {
            collect.run();
            afterLastTrim = footprint.getAsLong();
        }
    }
}
