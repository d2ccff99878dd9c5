package dev.statuslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the idle trim collects: once per burst, after a quiet period, only when the heap grew. */
class IdleHeapTrimTest {

    private static final long MB = 1024 * 1024;

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong committed = new AtomicLong(64 * MB);
    private final AtomicInteger collections = new AtomicInteger();
    /** A collection gives back all but 90 MB, as a shrinking heap would. */
    private final IdleHeapTrim trim = new IdleHeapTrim(scheduler, committed::get, () -> {
        collections.incrementAndGet();
        committed.set(90 * MB);
    });

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    private void waitPastQuietPeriod() throws InterruptedException {
        Thread.sleep(IdleHeapTrim.QUIET_MILLIS + 300);
    }

    @Test
    void aSmallHeapIsLeftAlone() throws InterruptedException {
        trim.activity();
        waitPastQuietPeriod();
        assertEquals(0, collections.get());
    }

    @Test
    void aGrownHeapIsTrimmedOnceTheAppIsQuietAndOnlyOnce() throws InterruptedException {
        committed.set(400 * MB);
        for (int i = 0; i < 5; i++) {
            trim.activity(); // a burst: each activity restarts the quiet period
            Thread.sleep(IdleHeapTrim.QUIET_MILLIS / 5);
        }
        assertEquals(0, collections.get(), "not while busy");
        waitPastQuietPeriod();
        assertEquals(1, collections.get());
        assertEquals(90 * MB, committed.get());

        committed.set(100 * MB); // grew a little since: not worth another pause
        trim.activity();
        waitPastQuietPeriod();
        assertEquals(1, collections.get());

        committed.set(300 * MB); // another burst
        trim.activity();
        waitPastQuietPeriod();
        assertEquals(2, collections.get());
    }
}
