package dev.statuslab.app;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.HttpMethod;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.scenario.ScenarioGroup;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.mainwindow.MainViewModel;
import dev.statuslab.ui.response.ResponseViewModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Measurements for bench/ui-startup.sh, taken inside the app only when the system property
 * {@code statuslab.bench.out} names a file: JVM start to the first frame laid out after the
 * window is shown, resident memory after a few idle seconds, and for every tutorial request the
 * time from Send to the first frame laid out with its response decoded. Then the app exits. When
 * a plain {@code java -jar} relaunched itself ({@link DesktopJvm}), the time counts from the first
 * JVM's start and the memory is that of both processes.
 *
 * <p>With {@code statuslab.bench.exchanges=N} as well (bench/exchanges-memory.sh) it sends N
 * exchanges instead, through the same path as the Send button: the tutorial's requests in turn,
 * and ten times a 5 MB text body to {@code /anything}, which echoes it back (a 5 MB response);
 * then it records the resident memory right after the last one and after a few idle seconds.
 */
final class BenchProbe {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BenchProbe.class);

    static final String PROPERTY = "statuslab.bench.out";
    static final String EXCHANGES_PROPERTY = "statuslab.bench.exchanges";
    static final String IMPORT_PROPERTY = "statuslab.bench.import";
    private static final int LARGE_BODIES = 10;
    private static final int LARGE_BODY_BYTES = 5 * 1024 * 1024;
    private static final int ROUNDS = 5;
    private static final double IDLE_SECONDS = 3;

    private final Path out;
    private final Scene scene;
    private final MainViewModel vm;
    private final List<Runnable> sends = new ArrayList<>();
    private final List<Double> sendToPaintedMs = new ArrayList<>();
    private final List<Double> sendToArrivedMs = new ArrayList<>();
    private final List<Double> sendToDecodedMs = new ArrayList<>();
    private double windowShownMs;
    private double idleRssMb;
    private int historyAtIdle = -1;
    private final int exchanges = Integer.getInteger(EXCHANGES_PROPERTY, 0);
    private double rssAfterExchangesMb = -1;
    private final List<Double> frameGapsMs = new ArrayList<>();
    private double importMs = -1;
    private double worstGapEndedAtMs = -1;
    private volatile double runLaterMaxMs;
    private double worstGapWhileReadingMs;
    private String importOutcome;

    private BenchProbe(Path out, Scene scene, MainViewModel vm) {
        this.out = out;
        this.scene = scene;
        this.vm = vm;
    }

    /** Starts measuring if the property is set; call right after the stage is shown. */
    static void attachIfRequested(Scene scene, MainViewModel vm, ScenarioCatalog scenarios) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        BenchProbe probe = new BenchProbe(Path.of(file), scene, vm);
        probe.onNextPulse(() -> {
            long now = System.currentTimeMillis();
            // From a relaunching `java -jar` (DesktopJvm), the clock starts with the first JVM.
            probe.windowShownMs = now - Long.getLong(DesktopJvm.LAUNCH_STARTED,
                    ManagementFactory.getRuntimeMXBean().getStartTime());
            String har = System.getProperty(IMPORT_PROPERTY);
            probe.afterSimulatorStarts(har == null || har.isBlank() ? () -> probe.idleThenSend(scenarios)
                    : () -> probe.afterIdle(() -> probe.measureImport(Path.of(har))));
        });
    }

    private void afterSimulatorStarts(Runnable next) {
        if (vm.baseUriProperty().get() != null) {
            next.run();
        } else {
            vm.baseUriProperty().addListener((obs, old, base) -> next.run());
        }
    }

    private void idleThenSend(ScenarioCatalog scenarios) {
        PauseTransition idle = new PauseTransition(Duration.seconds(IDLE_SECONDS));
        idle.setOnFinished(e -> {
            idleRssMb = rssMb();
            historyAtIdle = vm.history().exchanges().size();
            if (exchanges > 0) {
                planExchanges(scenarios);
            } else {
                for (int round = 0; round < ROUNDS; round++) {
                    for (Scenario s : scenarios.group(ScenarioGroup.TUTORIAL)) {
                        for (ReadyRequest r : s.requests()) {
                            sends.add(() -> measureOne(s, r));
                        }
                    }
                }
            }
            next();
        });
        idle.play();
    }

    /**
     * N sends: the tutorial's requests in turn, ten of them, spread evenly, a 5 MB body instead;
     * the last large one is followed by small ones, so the end state is the app after large bodies
     * went through it, not one with a 5 MB body still in the composer.
     */
    private void planExchanges(ScenarioCatalog scenarios) {
        List<Runnable> tutorial = new ArrayList<>();
        for (Scenario s : scenarios.group(ScenarioGroup.TUTORIAL)) {
            for (ReadyRequest r : s.requests()) {
                tutorial.add(() -> measureOne(s, r));
            }
        }
        int every = Math.max(1, exchanges / LARGE_BODIES);
        int large = 0;
        for (int i = 0; i < exchanges; i++) {
            if (i % every == every / 2 && large < LARGE_BODIES) {
                large++;
                sends.add(this::sendLargeBody);
            } else {
                sends.add(tutorial.get(i % tutorial.size()));
            }
        }
    }

    private void sendLargeBody() {
        String text = "x".repeat(LARGE_BODY_BYTES);
        HttpRequest request = new HttpRequest(HttpMethod.POST, vm.baseUriProperty().get() + "/anything",
                Headers.empty(), Body.of(text));
        vm.composer().load(request, BodyKind.TEXT);
        onNextPulse(this::sendAndMeasure);
    }

    /** Runs {@code next} after a few idle seconds, when the window has settled as a user would find it. */
    private void afterIdle(Runnable next) {
        PauseTransition idle = new PauseTransition(Duration.seconds(IDLE_SECONDS));
        idle.setOnFinished(e -> next.run());
        idle.play();
    }

    /**
     * Imports a HAR file through the window's own command while an animation timer records the
     * time between frames: a long gap is a frozen window. Then writes the results and exits.
     */
    private void measureImport(Path har) {
        long[] last = {System.nanoTime()};
        long start = last[0];
        long[] arrivedAt = {0};
        vm.history().exchanges().addListener((javafx.collections.ListChangeListener<Exchange>) c -> {
            if (arrivedAt[0] == 0) {
                arrivedAt[0] = System.nanoTime();
            }
        });
        javafx.animation.AnimationTimer frames = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                double gap = (now - last[0]) / 1e6;
                if (arrivedAt[0] == 0) {
                    worstGapWhileReadingMs = Math.max(worstGapWhileReadingMs, gap);
                }
                if (frameGapsMs.isEmpty() || gap > java.util.Collections.max(frameGapsMs)) {
                    worstGapEndedAtMs = (now - start) / 1e6;
                }
                frameGapsMs.add(gap);
                last[0] = now;
            }
        };
        frames.start();
        Thread pinger = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(() -> {
                    runLaterMaxMs = Math.max(runLaterMaxMs, (System.nanoTime() - posted) / 1e6);
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "statuslab-bench-pinger");
        pinger.setDaemon(true);
        pinger.start();
        vm.transcript().importHar(har).thenAccept(outcome -> {
            pinger.interrupt();
            importMs = (System.nanoTime() - start) / 1e6;
            importOutcome = outcome.message();
            onNextPulse(() -> onNextPulse(() -> {
                frames.stop();
                finish();
            }));
        });
    }

    private void next() {
        if (sends.isEmpty() && exchanges > 0 && rssAfterExchangesMb < 0) {
            rssAfterExchangesMb = rssMb();
            PauseTransition idle = new PauseTransition(Duration.seconds(IDLE_SECONDS));
            idle.setOnFinished(e -> finish());
            idle.play();
        } else if (sends.isEmpty()) {
            finish();
        } else {
            sends.remove(0).run();
        }
    }

    private void measureOne(Scenario scenario, ReadyRequest request) {
        // Select, let that frame be laid out (the user sees the request), then press Send.
        vm.catalogue().select(scenario, request);
        onNextPulse(() -> sendAndMeasure());
    }

    private void sendAndMeasure() {
        ResponseViewModel response = vm.response();
        Exchange before = response.exchangeProperty().get();
        long start = System.nanoTime();
        int historySize = vm.history().exchanges().size();
        long[] arrived = {0};
        javafx.collections.ListChangeListener<Exchange> onArrival = new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends Exchange> c) {
                if (vm.history().exchanges().size() > historySize && arrived[0] == 0) {
                    arrived[0] = System.nanoTime();
                    vm.history().exchanges().removeListener(this);
                }
            }
        };
        vm.history().exchanges().addListener(onArrival);
        // The moment the response pane holds the decoded answer, then the first frame laid out
        // after that moment: a listener, not polling on pulses, which would add a frame whenever
        // the answer was already laid out by the pulse that noticed it.
        boolean[] done = {false};
        javafx.beans.InvalidationListener[] watch = new javafx.beans.InvalidationListener[1];
        watch[0] = o -> {
            Exchange now = response.exchangeProperty().get();
            if (!done[0] && now != null && now != before && !response.body().loadingProperty().get()) {
                done[0] = true;
                response.exchangeProperty().removeListener(watch[0]);
                response.body().loadingProperty().removeListener(watch[0]);
                long decoded = System.nanoTime();
                sendToArrivedMs.add(((arrived[0] == 0 ? decoded : arrived[0]) - start) / 1e6);
                sendToDecodedMs.add((decoded - start) / 1e6);
                Runnable[] laidOut = new Runnable[1];
                laidOut[0] = () -> {
                    sendToPaintedMs.add((System.nanoTime() - start) / 1e6);
                    scene.removePostLayoutPulseListener(laidOut[0]);
                    Platform.runLater(this::next);
                };
                scene.addPostLayoutPulseListener(laidOut[0]);
                Platform.requestNextPulse();
            }
        };
        response.exchangeProperty().addListener(watch[0]);
        response.body().loadingProperty().addListener(watch[0]);
        vm.send();
    }

    private void onNextPulse(Runnable action) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    private void finish() {
        StringBuilder json = new StringBuilder("{\n");
        json.append(String.format(Locale.ROOT, "  \"windowShownMs\": %.1f,%n", windowShownMs));
        json.append(String.format(Locale.ROOT, "  \"idleRssMb\": %.1f,%n", idleRssMb));
        json.append(String.format(Locale.ROOT, "  \"historyAtIdle\": %d,%n", historyAtIdle));
        json.append(String.format(Locale.ROOT, "  \"relaunched\": %b,%n", System.getProperty(DesktopJvm.RELAUNCHED) != null));
        if (System.getProperty(DesktopJvm.LAUNCH_STARTED) != null) {
            json.append(String.format(Locale.ROOT, "  \"secondJvmStartedAtMs\": %d,%n",
                    ManagementFactory.getRuntimeMXBean().getStartTime() - Long.getLong(DesktopJvm.LAUNCH_STARTED)));
        }
        if (exchanges > 0) {
            json.append(String.format(Locale.ROOT, "  \"exchanges\": %d,%n", sendToPaintedMs.size()));
            json.append(String.format(Locale.ROOT, "  \"historySize\": %d,%n", vm.history().exchanges().size()));
            json.append(String.format(Locale.ROOT, "  \"rssAfterExchangesMb\": %.1f,%n", rssAfterExchangesMb));
            json.append(String.format(Locale.ROOT, "  \"rssAfterExchangesIdleMb\": %.1f,%n", rssMb()));
            Runtime rt = Runtime.getRuntime();
            json.append(String.format(Locale.ROOT, "  \"heapUsedMb\": %.1f,%n", (rt.totalMemory() - rt.freeMemory()) / 1048576.0));
        }
        if (importMs >= 0) {
            List<Double> gaps = new ArrayList<>(frameGapsMs);
            gaps.sort(null);
            json.append(String.format(Locale.ROOT, "  \"importMs\": %.1f,%n", importMs));
            json.append(String.format(Locale.ROOT, "  \"importOutcome\": \"%s\",%n",
                    importOutcome.replace("\\", "\\\\").replace("\"", "\\\"")));
            json.append(String.format(Locale.ROOT, "  \"frames\": %d,%n", gaps.size()));
            json.append(String.format(Locale.ROOT, "  \"medianFrameGapMs\": %.1f,%n", median(gaps)));
            json.append(String.format(Locale.ROOT, "  \"maxFrameGapMs\": %.1f,%n", gaps.isEmpty() ? -1 : gaps.get(gaps.size() - 1)));
            json.append(String.format(Locale.ROOT, "  \"worstGapEndedAtMs\": %.1f,%n", worstGapEndedAtMs));
            json.append(String.format(Locale.ROOT, "  \"worstRunLaterDelayMs\": %.1f,%n", runLaterMaxMs));
            json.append(String.format(Locale.ROOT, "  \"worstGapWhileReadingMs\": %.1f,%n", worstGapWhileReadingMs));
            json.append(String.format(Locale.ROOT, "  \"rssAfterImportMb\": %.1f,%n", rssMb()));
        }
        json.append(String.format(Locale.ROOT, "  \"medianSendToArrivedMs\": %.2f,%n", median(sendToArrivedMs)));
        json.append(String.format(Locale.ROOT, "  \"medianSendToDecodedMs\": %.2f,%n", median(sendToDecodedMs)));
        json.append("  \"sendToPaintedMs\": [");
        for (int i = 0; i < sendToPaintedMs.size(); i++) {
            json.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", sendToPaintedMs.get(i)));
        }
        json.append("]\n}\n");
        try {
            Files.writeString(out, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.error("Cannot write bench results to {}: {}", out, e.getMessage());
        }
        Platform.exit();
    }

    private static double median(List<Double> xs) {
        if (xs.isEmpty()) {
            return -1;
        }
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** This process's resident memory, plus the waiting parent's when {@link DesktopJvm} relaunched it. */
    private static double rssMb() {
        double own = rssMb("self");
        String parent = System.getProperty(DesktopJvm.RELAUNCHED);
        if (parent == null || own < 0) {
            return own;
        }
        double parents = rssMb(parent);
        return parents < 0 ? -1 : own + parents;
    }

    private static double rssMb(String pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
