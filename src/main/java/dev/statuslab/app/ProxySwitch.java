package dev.statuslab.app;

import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockSets;
import dev.statuslab.server.ProxyRecorder;
import dev.statuslab.server.ProxyTarget;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.mocks.MockSetsViewModel;
import dev.statuslab.ui.proxy.ProxyViewModel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Simulator → Proxy to a backend… as the app does it: on the background executor, points the
 * running simulator at the backend (or back at the simulated site) and, when recording, at a new
 * {@link ProxyRecorder} writing into the data folder's mock sets; remembers the choice. The
 * window's sets hear of it on the FX thread: the set being recorded into does not answer, and
 * each write shows in the picker. Each simulator the app makes gets the proxy through {@link #settle}.
 */
public final class ProxySwitch implements ProxyViewModel.Switch, AutoCloseable {

    /** How long the backend may take to connect and to answer: {@code serve --proxy}'s timeout. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The simulator last given to {@link #settle}, or null before. */
    private SimulatorServer server;

    private final MockSets disk;
    private final MockSetsViewModel sets;
    private final Executor background;
    private final Executor fx;
    private final AppPreferences prefs;
    private ProxyTarget target;
    private ProxyRecorder recorder;

    /**
     * @param disk   where recorded sets are written (the window's sets' folder)
     * @param sets   the window's sets, told on {@code fx}
     */
    public ProxySwitch(MockSets disk, MockSetsViewModel sets, Executor background, Executor fx, AppPreferences prefs) {
        this.disk = Objects.requireNonNull(disk, "disk");
        this.sets = Objects.requireNonNull(sets, "sets");
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.prefs = Objects.requireNonNull(prefs, "prefs");
    }

    @Override
    public CompletableFuture<Void> apply(ProxyViewModel.Setting setting) {
        return CompletableFuture.runAsync(() -> switchTo(setting), background);
    }

    /** A simulator the app has made (started or about to be): it proxies as the switch says, now and from now on. */
    public synchronized void settle(SimulatorServer made) {
        server = made;
        made.proxyTo(target, recorder);
    }

    /** Stops recording, writing what is waiting. */
    @Override
    public synchronized void close() {
        if (recorder != null) {
            if (server != null) {
                server.proxyTo(target);
            }
            recorder.close();
            recorder = null;
        }
    }

    private synchronized void switchTo(ProxyViewModel.Setting setting) {
        ProxyTarget nextTarget = setting.on() ? new ProxyTarget(setting.backend(), TIMEOUT) : null;
        String into = setting.recordInto();
        ProxyRecorder nextRecorder = into == null ? null : new ProxyRecorder(disk, into, mocks -> written(into, mocks));
        remember(setting);
        fx.execute(() -> sets.recordingInto(into));
        if (server != null) {
            server.proxyTo(nextTarget, nextRecorder);
        }
        ProxyRecorder previous = recorder;
        target = nextTarget;
        recorder = nextRecorder;
        if (previous != null) {
            previous.close(); // writes what it still holds; the window hears of it as of any write
        }
    }

    private void written(String name, List<MockRoute> mocks) {
        fx.execute(() -> sets.recorded(name, mocks));
    }

    private void remember(ProxyViewModel.Setting setting) {
        prefs.setProxyOn(setting.on());
        if (setting.on()) {
            prefs.setProxyUrl(setting.backend().toString());
            prefs.setProxyRecord(setting.recordInto() != null);
            if (setting.recordInto() != null) {
                prefs.setProxyRecordInto(setting.recordInto());
            }
        }
    }
}
