package dev.statuslab.app;

import dev.statuslab.client.TlsSettings;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.concurrent.DaemonThreads;
import dev.statuslab.core.concurrent.Settling;
import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.io.Spool;
import dev.statuslab.core.scenario.MockSets;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.tls.TrustedCertificates;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.core.transcript.TranscriptFiles;
import dev.statuslab.launch.IdleHeapTrim;
import dev.statuslab.launch.Preload;
import dev.statuslab.launch.ProbeHook;
import dev.statuslab.openapi.OpenApiMocks;
import dev.statuslab.server.MockRoutes;
import dev.statuslab.server.SimulatorHost;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.cors.Cors;
import dev.statuslab.server.cors.CorsPolicy;
import dev.statuslab.server.tls.SimulatorCertificate;
import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.common.NextFrame;
import dev.statuslab.ui.common.Scheduler;
import dev.statuslab.ui.learn.LearnModels;
import dev.statuslab.ui.learn.LearnView;
import dev.statuslab.ui.mainwindow.MainViewModel;
import dev.statuslab.ui.mainwindow.MainWindow;
import dev.statuslab.ui.mainwindow.SimulatorHttps;
import dev.statuslab.ui.mainwindow.Splash;
import dev.statuslab.ui.mainwindow.WindowModels;
import dev.statuslab.ui.mainwindow.WorkbenchFiles;
import dev.statuslab.ui.mocks.MocksViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the simulator, the client, the view models and the window, and
 * closes them all when the window goes. The simulator starts on a background thread after the
 * window's first frame, and the saved files are read then too (decision 29); nothing here blocks
 * the JavaFX application thread.
 */
public final class StatusLabApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(StatusLabApp.class);

    private static final Duration SHUTDOWN_WRITES = Duration.ofSeconds(5);

    private ExecutorService background;
    private ScheduledExecutorService trimmer;
    private SimulatorHost simulator;

    private WireClient client;
    private HistoryStore store;
    private Path importSpool;
    /** The user's mocks as every simulator this app starts serves them. */
    private final MockRoutes mockRoutes = new MockRoutes();
    /** The CORS switch every simulator this app starts obeys (the window's Simulator menu). */
    private final Cors cors = new Cors(CorsPolicy.ANY);

    private MocksViewModel mocks;
    /** Simulator → Proxy to a backend… (issue 13). */
    private ProxySwitch proxy;

    private LearnView learn;
    private WorkbenchFiles workbench;

    /** Launches the window, having started the work that needs no toolkit on another thread. */
    public static void launchWithPreload() {
        Preload.start();
        Application.launch(StatusLabApp.class);
    }

    /** Shows "Starting StatusLab…" at once, then builds the window in the same stage (issue 16, item 12). */
    @Override
    public void start(Stage stage) {
        AppPreferences prefs = Preload.preferences();
        Splash.show(stage, prefs, () -> {
            try {
                build(stage, prefs);
            } catch (RuntimeException e) {
                LOG.error("StatusLab could not start", e);
                Platform.exit();
            }
        });
    }

    private void build(Stage stage, AppPreferences prefs) {
        Preload.Catalogs catalogs = Preload.catalogs();
        StatusCatalog statuses = catalogs.statuses();
        ScenarioCatalog scenarios = catalogs.scenarios();
        background = Executors.newFixedThreadPool(2, DaemonThreads.named("statuslab-background"));
        TrustedCertificates trusted = TrustedCertificates.inDataDirectory(dataDirectory());
        client = new WireClient(WireClient.Options.defaults(), new TlsSettings(trusted, List.of()));
        AtomicReference<MainViewModel> holder = new AtomicReference<>();
        store = new HistoryStore(
                dataDirectory().resolve("history"),
                TranscriptFiles.historyCodec(statuses),
                problem -> Platform.runLater(() -> holder.get().historySaving(problem, !store.failing())));
        importSpool = Path.of(
                System.getProperty("java.io.tmpdir"),
                "statuslab-imports-" + ProcessHandle.current().pid());
        MockSets mockSets = MockSets.inDataDirectory(dataDirectory());
        MainViewModel vm = WindowModels.inMemory(scenarios, statuses, client, background, Platform::runLater)
                .withStore(store, importSpool)
                .withTrust(trusted)
                .withMocks(new MocksViewModel.Wiring(mockSets, mockRoutes::replaceAll, new OpenApiMocks()))
                .build();
        mocks = vm.mocks();
        proxy = new ProxySwitch(mockSets, mocks.sets(), background, Platform::runLater, prefs);
        vm.proxy().connect(prefs.proxyUrl(), prefs.proxyRecord(), prefs.proxyRecordInto(), prefs.proxyOn(), proxy);
        vm.corsOnProperty().addListener((obs, was, on) -> cors.set(on ? CorsPolicy.ANY : CorsPolicy.OFF));
        holder.set(vm);
        simulator = new SimulatorHost(
                port -> {
                    SimulatorServer made =
                            new SimulatorServer(SimulatorOptions.loopback(port), statuses, mockRoutes, cors);
                    proxy.settle(made);
                    return made;
                },
                () -> SimulatorCertificate.inDataDirectory(dataDirectory()),
                new SimulatorHost.Memory(
                        prefs::simulatorHttps,
                        prefs::setSimulatorHttps,
                        prefs::simulatorHttpsPort,
                        prefs::setSimulatorHttpsPort),
                background);
        DjangoVersion django = DjangoVersion.parse(prefs.djangoVersion()).orElse(DjangoVersion.DEFAULT);
        simulator.useDjango(django);
        vm.django().connect(django, chosen -> {
            prefs.setDjangoVersion(chosen.number());
            simulator.useDjango(chosen);
        });
        vm.https().connect(prefs.simulatorHttps(), SimulatorHttps.Switch.of(simulator::httpsOn, simulator::httpsOff));
        trimmer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("statuslab-heap-trim"));
        IdleHeapTrim trim = IdleHeapTrim.forThisJvm(trimmer);
        vm.history().exchanges().addListener((ListChangeListener<Object>) change -> trim.activity());
        MainWindow window =
                new MainWindow(vm, stage, prefs, url -> getHostServices().showDocument(url));
        learn = window.addLearn(
                () -> LearnModels.viewModel(
                        statuses, scenarios, client, vm.baseUriProperty()::get, dataDirectory(), background),
                background);
        workbench = WorkbenchFiles.attachTabs(
                vm, dataDirectory(), background, Platform::runLater, Scheduler.after(Platform::runLater));
        stage.show();
        // The first frame first: the simulator and the other files would compete with it for two cores.
        NextFrame.then(window.scene(), () -> {
            background.execute(() -> LOG.info( // off this thread: it loads the management classes
                    "\"Starting StatusLab…\" was laid out {} after the JVM started", Splash.sinceJvmStart()));
            startSimulator(prefs.serverPort(), vm); // a Send before it runs waits for it (SimulatorStatus)
            workbench.readSideFiles();
            restoreHistory(vm);
            mocks.load().exceptionally(e -> {
                LOG.warn("The mocks could not be loaded", e);
                return null;
            });
            CompletableFuture.supplyAsync(trusted::problem, background)
                    .thenAcceptAsync(
                            problem -> {
                                if (problem != null) {
                                    vm.setMessage(problem);
                                }
                            },
                            Platform::runLater);
        });
        ProbeHook.attachIfRequested(window.scene(), vm, scenarios);
    }

    private static Path dataDirectory() {
        return HistoryStore.dataDirectory(
                System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    /** Reads the saved history in the background; it joins the window's history when read. */
    private void restoreHistory(MainViewModel vm) {
        CompletableFuture.supplyAsync(store::restore, background)
                .thenAcceptAsync(
                        restored -> {
                            vm.history().restore(restored.exchanges());
                            if (!restored.problems().isEmpty()) {
                                vm.setMessage(String.join("; ", restored.problems()));
                            } else if (!restored.exchanges().isEmpty()) {
                                vm.setMessage("Restored " + restored.exchanges().size() + " exchanges from "
                                        + store.directory());
                            }
                        },
                        Platform::runLater)
                .exceptionally(e -> {
                    LOG.warn("The history could not be restored", e);
                    return null;
                });
    }

    private void startSimulator(int preferredPort, MainViewModel vm) {
        simulator
                .start(preferredPort)
                .whenCompleteAsync(
                        (started, e) -> {
                            if (e != null) {
                                Throwable cause = e.getCause() != null ? e.getCause() : e;
                                LOG.error("The simulator did not start", cause);
                                vm.simulatorFailed(String.valueOf(cause.getMessage()));
                                vm.https().started(null, "the simulator is not running");
                                return;
                            }
                            if (started.httpsProblem() != null) {
                                LOG.warn("The simulator serves no HTTPS: {}", started.httpsProblem());
                            }
                            vm.simulatorStarted(started.base(), started.note());
                            vm.https().started(started.https(), started.httpsProblem());
                        },
                        Platform::runLater);
    }

    @Override
    public void stop() throws InterruptedException {
        if (proxy != null) {
            proxy.close(); // the answers recorded last are written
        }
        if (simulator != null) {
            simulator.stop();
        }
        if (workbench != null) {
            workbench.flush(); // the open tabs as the window left them
        }
        if (store != null) {
            store.close(); // finishes saving before the client deletes the files of large bodies
        }
        if (client != null) {
            client.close();
        }
        try {
            Spool.removeFolder(importSpool);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", importSpool, e);
        }
        if (trimmer != null) {
            trimmer.shutdownNow();
        }
        // A mock or an answer saved just before closing still reaches its file (up to a few seconds).
        if (mocks != null && !Settling.await(mocks.idle(), SHUTDOWN_WRITES)) {
            LOG.warn("The mocks file may not hold the last change");
        }
        if (learn != null
                && learn.viewModel() != null
                && !Settling.await(learn.viewModel().idle(), SHUTDOWN_WRITES)) {
            LOG.warn("The learn progress file may not hold the last answer");
        }
        if (background != null) {
            background.shutdownNow();
            background.awaitTermination(2, TimeUnit.SECONDS);
        }
    }
}
