package dev.statuslab.app;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.mainwindow.MainViewModel;
import dev.statuslab.ui.mainwindow.MainWindow;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the simulator, the client, the view models and the window, and
 * closes them all when the window goes. The simulator starts on a background thread while the
 * window is being shown; nothing here blocks the JavaFX application thread.
 */
public final class StatusLabApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(StatusLabApp.class);

    private ExecutorService background;
    private SimulatorServer server;
    private WireClient client;

    /** Launches the window, having started the work that needs no toolkit on another thread. */
    public static void launchWithPreload() {
        Preload.start();
        Application.launch(StatusLabApp.class);
    }

    @Override
    public void start(Stage stage) {
        Preload.Catalogs catalogs = Preload.catalogs();
        StatusCatalog statuses = catalogs.statuses();
        ScenarioCatalog scenarios = catalogs.scenarios();
        AppPreferences prefs = AppPreferences.user();
        background = Executors.newFixedThreadPool(2, daemonThreads("statuslab-background"));
        client = new WireClient(WireClient.Options.defaults());
        MainViewModel vm = new MainViewModel(scenarios, statuses, client, background, Platform::runLater);
        MainWindow window = new MainWindow(vm, stage, prefs, url -> getHostServices().showDocument(url));
        startSimulator(statuses, prefs.serverPort(), vm);
        stage.show();
        BenchProbe.attachIfRequested(window.scene(), vm, scenarios);
    }

    private void startSimulator(StatusCatalog statuses, int preferredPort, MainViewModel vm) {
        CompletableFuture.runAsync(() -> {
            String note = null;
            SimulatorServer candidate = new SimulatorServer(SimulatorServer.Options.loopback(preferredPort), statuses);
            try {
                candidate.start();
            } catch (SimulatorServer.BindFailedException busy) {
                note = busy.getMessage() + "; using a free port instead";
                candidate = new SimulatorServer(SimulatorServer.Options.loopback(0), statuses);
                try {
                    candidate.start();
                } catch (SimulatorServer.BindFailedException e) {
                    String reason = e.getMessage();
                    Platform.runLater(() -> vm.simulatorFailed(reason));
                    return;
                }
            }
            server = candidate;
            var base = candidate.baseUri();
            String shown = note;
            Platform.runLater(() -> vm.simulatorStarted(base, shown));
        }, background).exceptionally(e -> {
            LOG.error("The simulator did not start", e);
            Platform.runLater(() -> vm.simulatorFailed(String.valueOf(e.getMessage())));
            return null;
        });
    }

    @Override
    public void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
        if (client != null) {
            client.close();
        }
        if (background != null) {
            background.shutdownNow();
            background.awaitTermination(2, TimeUnit.SECONDS);
        }
    }

    static java.util.concurrent.ThreadFactory daemonThreads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
