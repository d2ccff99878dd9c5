package dev.statuslab.bench;

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
import dev.statuslab.launch.AppProbe;
import dev.statuslab.launch.ProbeHook;
import dev.statuslab.ui.mainwindow.MainViewModel;
import dev.statuslab.ui.response.ResponseViewModel;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.util.Duration;

/**
 * Measurements for bench/ui-startup.sh, taken inside the app only when the system property
 * {@code statuslab.bench.out} names a file: JVM start to the first frame laid out after the
 * window is shown, resident memory after a few idle seconds, and for every tutorial request the
 * time from Send to the first frame laid out with its response decoded. Then the app exits. The
 * app loads it through {@link ProbeHook}; it is not part of the shipped app.
 *
 * <p>With {@code statuslab.bench.exchanges=N} as well (bench/exchanges-memory.sh) it sends N
 * exchanges instead, through the same path as the Send button: the tutorial's requests in turn,
 * and ten times a 5 MB text body to {@code /anything}, which echoes it back (a 5 MB response);
 * then it records the resident memory right after the last one and after a few idle seconds.
 */
public final class BenchProbe implements AppProbe {

    static final String PROPERTY = ProbeHook.OUT;
    static final String EXCHANGES_PROPERTY = "statuslab.bench.exchanges";
    static final String IMPORT_PROPERTY = "statuslab.bench.import";
    private static final int LARGE_BODIES = 10;
    private static final int LARGE_BODY_BYTES = 5 * 1024 * 1024;
    private static final int ROUNDS = 5;
    private static final double IDLE_SECONDS = 3;

    private Path out;
    private Scene scene;
    private MainViewModel vm;
    private final List<Runnable> sends = new ArrayList<>();
    private final int exchanges = Integer.getInteger(EXCHANGES_PROPERTY, 0);
    private final BenchReport report = new BenchReport();

    /** Made by {@link ProbeHook}, by reflection. */
    public BenchProbe() {}

    /** Starts measuring if the property is set; call right after the stage is shown. */
    @Override
    public void attach(Scene scene, MainViewModel vm, ScenarioCatalog scenarios) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        if (Integer.getInteger(PasteProbe.PROPERTY) != null) {
            new PasteProbe().attach(scene, vm, scenarios); // bench/paste-large-body.sh
            return;
        }
        BenchProbe probe = this;
        this.out = Path.of(file);
        this.scene = scene;
        this.vm = vm;
        probe.onNextPulse(() -> {
            long now = System.currentTimeMillis();
            probe.report.windowShownMs =
                    now - ManagementFactory.getRuntimeMXBean().getStartTime();
            String har = System.getProperty(IMPORT_PROPERTY);
            probe.afterSimulatorStarts(
                    har == null || har.isBlank()
                            ? () -> probe.idleThenSend(scenarios)
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
            report.idleRssMb = BenchReport.rssMb();
            report.historyAtIdle = vm.history().exchanges().size();
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
        HttpRequest request = new HttpRequest(
                HttpMethod.POST, vm.baseUriProperty().get() + "/anything", Headers.empty(), Body.of(text));
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
        vm.history().exchanges().addListener((ListChangeListener<Exchange>) c -> {
            if (arrivedAt[0] == 0) {
                arrivedAt[0] = System.nanoTime();
            }
        });
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                double gap = (now - last[0]) / 1e6;
                if (arrivedAt[0] == 0) {
                    report.worstGapWhileReadingMs = Math.max(report.worstGapWhileReadingMs, gap);
                }
                if (report.frameGapsMs.isEmpty() || gap > Collections.max(report.frameGapsMs)) {
                    report.worstGapEndedAtMs = (now - start) / 1e6;
                }
                report.frameGapsMs.add(gap);
                last[0] = now;
            }
        };
        frames.start();
        Thread pinger = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        long posted = System.nanoTime();
                        CountDownLatch ran = new CountDownLatch(1);
                        Platform.runLater(() -> {
                            report.runLaterMaxMs = Math.max(report.runLaterMaxMs, (System.nanoTime() - posted) / 1e6);
                            ran.countDown();
                        });
                        try {
                            ran.await();
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "statuslab-bench-pinger");
        pinger.setDaemon(true);
        pinger.start();
        vm.transcript().importHar(har).thenAccept(outcome -> {
            pinger.interrupt();
            report.importMs = (System.nanoTime() - start) / 1e6;
            report.importOutcome = outcome.message();
            onNextPulse(() -> onNextPulse(() -> {
                frames.stop();
                finish();
            }));
        });
    }

    private void next() {
        if (sends.isEmpty() && exchanges > 0 && report.rssAfterExchangesMb < 0) {
            report.rssAfterExchangesMb = BenchReport.rssMb();
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
        ListChangeListener<Exchange> onArrival = new ListChangeListener<>() {
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
        InvalidationListener[] watch = new InvalidationListener[1];
        watch[0] = o -> {
            Exchange now = response.exchangeProperty().get();
            if (!done[0]
                    && now != null
                    && now != before
                    && !response.body().loadingProperty().get()) {
                done[0] = true;
                response.exchangeProperty().removeListener(watch[0]);
                response.body().loadingProperty().removeListener(watch[0]);
                long decoded = System.nanoTime();
                report.sendToArrivedMs.add(((arrived[0] == 0 ? decoded : arrived[0]) - start) / 1e6);
                report.sendToDecodedMs.add((decoded - start) / 1e6);
                Runnable[] laidOut = new Runnable[1];
                laidOut[0] = () -> {
                    report.sendToPaintedMs.add((System.nanoTime() - start) / 1e6);
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
        report.write(out, exchanges > 0, vm.history().exchanges().size());
        Platform.exit();
    }
}
