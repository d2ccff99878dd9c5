package dev.statuslab.app;

import dev.statuslab.client.TlsSettings;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.concurrent.DaemonThreads;
import dev.statuslab.core.django.DjangoVersion;
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
import dev.statuslab.server.SimulatorServer;
import dev.statuslab.server.cors.Cors;
import dev.statuslab.server.cors.CorsPolicy;
import dev.statuslab.server.tls.SimulatorCertificate;
import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.learn.LearnView;
import dev.statuslab.ui.mainwindow.MainViewModel;
import dev.statuslab.ui.mainwindow.MainWindow;
import dev.statuslab.ui.mocks.MocksViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
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
    private ScheduledExecutorService trimmer;
    private volatile SimulatorServer server;
    /** The Django version chosen in the window, for a simulator that is still starting. */
    private volatile DjangoVersion django = DjangoVersion.DEFAULT;

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
        AppPreferences prefs = Preload.preferences();
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
        CompletableFuture.supplyAsync(trusted::problem, background)
                .thenAcceptAsync(
                        problem -> {
                            if (problem != null) {
                                vm.setMessage(problem);
                            }
                        },
                        Platform::runLater);
        mocks = vm.mocks();
        proxy = new ProxySwitch(() -> server, mockSets, mocks.sets(), background, Platform::runLater, prefs);
        vm.proxy().connect(prefs.proxyUrl(), prefs.proxyRecord(), prefs.proxyRecordInto(), prefs.proxyOn(), proxy);
        vm.corsOnProperty().addListener((obs, was, on) -> cors.set(on ? CorsPolicy.ANY : CorsPolicy.OFF));
        holder.set(vm);
        django = DjangoVersion.parse(prefs.djangoVersion()).orElse(DjangoVersion.DEFAULT);
        vm.django().connect(django, chosen -> {
            prefs.setDjangoVersion(chosen.number());
            django = chosen;
            SimulatorServer running = server;
            if (running != null) {
                running.useDjango(chosen);
            }
        });
        trimmer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("statuslab-heap-trim"));
        IdleHeapTrim trim = IdleHeapTrim.forThisJvm(trimmer);
        vm.history().exchanges().addListener((ListChangeListener<Object>) change -> trim.activity());
        MainWindow window =
                new MainWindow(vm, stage, prefs, url -> getHostServices().showDocument(url));
        learn = window.addLearn(
                () -> LearnWiring.viewModel(
                        statuses, scenarios, client, vm.baseUriProperty()::get, dataDirectory(), background),
                background);
        startSimulator(statuses, prefs.serverPort(), vm);
        stage.show();
        restoreHistory(vm);
        mocks.load().exceptionally(e -> {
            LOG.warn("The mocks could not be loaded", e);
            return null;
        });
        ProbeHook.attachIfRequested(window.scene(), vm, scenarios);
    }

    /** The simulator also serves over TLS on a free port, with the data folder's certificate (issue 11). */
    private static SimulatorServer withHttps(SimulatorServer server) {
        try {
            return server.withHttps(SimulatorCertificate.inDataDirectory(dataDirectory()), 0);
        } catch (IOException e) {
            LOG.warn("The simulator serves no HTTPS: {}", e.getMessage());
            return server;
        }
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

    private void startSimulator(StatusCatalog statuses, int preferredPort, MainViewModel vm) {
        CompletableFuture.runAsync(
                        () -> {
                            SimulatorServer candidate = withHttps(new SimulatorServer(
                                    SimulatorServer.Options.loopback(preferredPort), statuses, mockRoutes, cors));
                            String note;
                            try {
                                note = candidate.startPreferring().note();
                            } catch (SimulatorServer.BindFailedException e) {
                                String reason = e.getMessage();
                                Platform.runLater(() -> vm.simulatorFailed(reason));
                                return;
                            }
                            candidate.useDjango(django);
                            server = candidate;
                            proxy.settle(candidate);
                            candidate.useDjango(django); // again, in case the choice changed in between
                            var base = candidate.baseUri();
                            String secure = candidate.hasHttps() ? "HTTPS on " + candidate.httpsBaseUri() : null;
                            String shown = note == null ? secure : secure == null ? note : note + "; " + secure;
                            Platform.runLater(() -> vm.simulatorStarted(base, shown));
                        },
                        background)
                .exceptionally(e -> {
                    LOG.error("The simulator did not start", e);
                    Platform.runLater(() -> vm.simulatorFailed(String.valueOf(e.getMessage())));
                    return null;
                });
    }

    @Override
    public void stop() throws InterruptedException {
        if (proxy != null) {
            proxy.close(); // the answers recorded last are written
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close(); // finishes saving before the client deletes the files of large bodies
        }
        if (client != null) {
            client.close();
        }
        deleteImportSpool();
        if (trimmer != null) {
            trimmer.shutdownNow();
        }
        finishMockWrites();
        LearnWiring.finishWrites(learn);
        if (background != null) {
            background.shutdownNow();
            background.awaitTermination(2, TimeUnit.SECONDS);
        }
    }

    /** A mock saved just before closing is still written (up to a few seconds). */
    private void finishMockWrites() {
        if (mocks == null) {
            return;
        }
        try {
            mocks.idle().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The mocks file may not hold the last change", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deleteImportSpool() {
        if (importSpool == null || !Files.isDirectory(importSpool)) {
            return;
        }
        try (Stream<Path> files = Files.list(importSpool)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(importSpool);
        } catch (IOException e) {
            LOG.debug("Could not delete {}", importSpool, e);
        }
    }
}
