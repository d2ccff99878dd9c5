package dev.statuslab.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the idle trim collects: once per burst, after a quiet period, only when the heap grew. */
class IdleHeapTrimTest {

    private static final long MB = 1024 * 1024;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong footprint = new AtomicLong(64 * MB);
    private final AtomicInteger collections = new AtomicInteger();
    /** A collection gives back all but 90 MB, as a shrinking heap would. */
    private final IdleHeapTrim trim = new IdleHeapTrim(scheduler, footprint::get, () -> {
        collections.incrementAndGet();
        footprint.set(90 * MB);
    });

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private void waitPastQuietPeriod() throws InterruptedException {
        Thread.sleep(IdleHeapTrim.QUIET_MILLIS + 300);
    }

    @Test
    void aLittleGrowthSinceStartUpIsLeftAlone() throws InterruptedException {
        footprint.set(90 * MB); // 26 MB more than at construction
        trim.activity();
        waitPastQuietPeriod();
        assertEquals(0, collections.get());
    }

    @Test
    void theFootprintIsThisProcesssMemory() {
        long bytes = IdleHeapTrim.footprint();
        assertEquals(true, bytes > 16 * MB && bytes < 64L * 1024 * MB, bytes + " bytes");
    }

    @Test
    void aGrownHeapIsTrimmedOnceTheAppIsQuietAndOnlyOnce() throws InterruptedException {
        footprint.set(400 * MB);
        for (int i = 0; i < 5; i++) {
            trim.activity(); // a burst: each activity restarts the quiet period
            Thread.sleep(IdleHeapTrim.QUIET_MILLIS / 5);
        }
        assertEquals(0, collections.get(), "not while busy");
        waitPastQuietPeriod();
        assertEquals(1, collections.get());
        assertEquals(90 * MB, footprint.get());

        footprint.set(100 * MB); // grew a little since: not worth another pause
        trim.activity();
        waitPastQuietPeriod();
        assertEquals(1, collections.get());

        footprint.set(300 * MB); // another burst
        trim.activity();
        waitPastQuietPeriod();
        assertEquals(2, collections.get());
    }

    @Test
    void theNativeHeapIsTrimmedWhereTheJvmHasTheCommand() throws Exception {
        ObjectName commands = new ObjectName("com.sun.management:type=DiagnosticCommand");
        boolean available = Arrays.stream(ManagementFactory.getPlatformMBeanServer()
                        .getMBeanInfo(commands)
                        .getOperations())
                .anyMatch(op -> op.getName().equals("systemTrimNativeHeap"));
        assertEquals(available, IdleHeapTrim.trimNativeHeap(), "runs exactly where the JVM offers it");
    }
}
