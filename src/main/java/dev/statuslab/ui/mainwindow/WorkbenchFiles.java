package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.io.IoMessages;
import dev.statuslab.core.workbench.CollectionStore;
import dev.statuslab.core.workbench.CookieStore;
import dev.statuslab.core.workbench.EnvironmentStore;
import dev.statuslab.core.workbench.Tabs;
import dev.statuslab.core.workbench.TabsStore;
import dev.statuslab.ui.common.Scheduler;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's files in the data folder, wired to the window (issue 10): the open tabs
 * (tabs.json) read in the background at start and written a moment after each change, the
 * environments (environments/*.json, written as they are edited), and the
 * cookie jar's persistent cookies (cookies.json) read in the background at start and written at
 * quit (session cookies end with the session, as RFC 6265 says). Every
 * write goes through a temporary file; a file that cannot be read is set aside with a message and
 * the window starts without it. The window tests use it too, to relaunch on the same folder.
 */
public final class WorkbenchFiles {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchFiles.class);
    static final Duration SAVE_DELAY = Duration.ofMillis(400);

    private final MainViewModel vm;
    private final TabsStore tabsStore;
    private final CookieStore cookieStore;
    private final Executor background;
    private final Executor fx;
    private final Scheduler scheduler;
    private final Path data;
    /** The latest snapshot of the tabs not yet written; each write takes the newest. */
    private final AtomicReference<Tabs> unsaved = new AtomicReference<>();

    private boolean savePending;
    /** Set once the file was read: before that, nothing is written over it. */
    private volatile boolean restored;
    /** Set once cookies.json was read: before that, nothing is written over it. */
    private volatile boolean cookiesRestored;

    private volatile CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);

    private WorkbenchFiles(MainViewModel vm, Path data, Executor background, Executor fx, Scheduler scheduler) {
        this.vm = vm;
        this.tabsStore = TabsStore.inDataDirectory(data);
        this.cookieStore = CookieStore.inDataDirectory(data);
        this.background = background;
        this.fx = fx;
        this.scheduler = scheduler;
        this.data = data;
    }

    /** Reads the workbench's files in the background and keeps them in step with the window. Call it on the FX thread. */
    public static WorkbenchFiles attach(
            MainViewModel vm, Path data, Executor background, Executor fx, Scheduler scheduler) {
        WorkbenchFiles wiring = attachTabs(vm, data, background, fx, scheduler);
        wiring.readSideFiles();
        return wiring;
    }

    /**
     * Reads only the open tabs now (the window shows them from its first frame on); the app calls
     * {@link #readSideFiles()} after that frame. Call it on the FX thread.
     */
    public static WorkbenchFiles attachTabs(
            MainViewModel vm, Path data, Executor background, Executor fx, Scheduler scheduler) {
        WorkbenchFiles wiring = new WorkbenchFiles(vm, data, background, fx, scheduler);
        wiring.readTabs();
        return wiring;
    }

    /** Reads the collections, environments and cookies in the background. Call it once, on the FX thread. */
    public void readSideFiles() {
        vm.collections().attach(CollectionStore.inDataDirectory(data), background, fx, vm::setMessage);
        vm.environments().attach(EnvironmentStore.inDataDirectory(data), background, fx, vm::setMessage);
        CompletableFuture.supplyAsync(() -> cookieStore.loadInto(vm.cookies(), Instant.now()), background)
                .thenAcceptAsync(
                        problem -> {
                            cookiesRestored = true;
                            if (problem != null) {
                                vm.setMessage(problem);
                            }
                        },
                        fx)
                .exceptionally(e -> {
                    LOG.warn("The cookie jar could not be restored", e);
                    return null;
                });
    }

    private void readTabs() {
        CompletableFuture.supplyAsync(tabsStore::load, background)
                .thenAcceptAsync(
                        read -> {
                            vm.tabs().restore(read);
                            if (read.problem() != null) {
                                vm.setMessage(read.problem());
                            }
                            restored = true;
                            vm.tabs().setOnChange(this::tabsChanged);
                        },
                        fx)
                .exceptionally(e -> {
                    LOG.warn("The open tabs could not be restored", e);
                    return null;
                });
    }

    private void snapshot() {
        Tabs tabs = vm.tabs().model();
        unsaved.set(new Tabs(tabs.all(), tabs.selectedIndex(), () -> "unused"));
    }

    private void tabsChanged() {
        snapshot();
        if (!savePending) {
            savePending = true;
            scheduler.schedule(SAVE_DELAY, () -> {
                savePending = false;
                try {
                    lastWrite = CompletableFuture.runAsync(this::writeTabs, background);
                } catch (RejectedExecutionException e) {
                    LOG.debug("Quitting: the tabs are written by flush()", e);
                }
            });
        }
    }

    private synchronized void writeTabs() {
        Tabs tabs = unsaved.getAndSet(null);
        if (tabs == null) {
            return;
        }
        try {
            tabsStore.save(tabs, null);
        } catch (IOException e) {
            String message = "The open tabs were not saved: " + IoMessages.reason(e);
            LOG.warn(message, e);
            fx.execute(() -> vm.setMessage(message));
        }
    }

    /** Writes what is not yet written, now (at quit, on the FX thread; blocking). */
    public void flush() {
        if (restored) {
            snapshot();
        }
        writeTabs();
        lastWrite.join();
        writeCookies();
    }

    private void writeCookies() {
        if (!cookiesRestored) {
            return;
        }
        try {
            cookieStore.save(vm.cookies());
        } catch (IOException e) {
            LOG.warn("The cookie jar was not saved: {}", IoMessages.reason(e), e);
        }
    }
}
