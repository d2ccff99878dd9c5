package dev.statuslab.core.concurrent;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Daemon threads named {@code NAME-1}, {@code NAME-2}, …: the app's background pools never keep
 * the JVM alive after the window closes, and a thread dump says whose each thread is.
 */
public final class DaemonThreads implements ThreadFactory {

    private final String name;
    private final AtomicInteger count = new AtomicInteger();

    private DaemonThreads(String name) {
        this.name = name;
    }

    /** A factory of daemon threads named after {@code name}. */
    public static ThreadFactory named(String name) {
        return new DaemonThreads(name);
    }

    /** One daemon thread running {@code task}, not started. */
    public static Thread thread(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public Thread newThread(Runnable task) {
        return thread(name + "-" + count.incrementAndGet(), task);
    }
}
