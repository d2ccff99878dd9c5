package dev.statuslab.bench;

import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.launch.AppProbe;
import dev.statuslab.launch.ProbeHook;
import dev.statuslab.ui.mainwindow.MainViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pastes a single-line JSON of {@code statuslab.bench.paste} bytes into the composer's body editor
 * (its own paste command, as Ctrl+V runs it) while an animation timer records the time between
 * frames, from a second before the paste (the idle window, for comparison) to two seconds after;
 * then writes the results and exits.
 * Started by {@link BenchProbe} when the property is set (issue 16, item 6).
 */
final class PasteProbe implements AppProbe {

    static final String PROPERTY = "statuslab.bench.paste";
    private static final Logger LOG = LoggerFactory.getLogger(PasteProbe.class);

    private double worstGapMs;
    private double worstGapBeforeMs;
    private boolean pasted;
    private int frames;
    private double pasteCallMs;
    private boolean clipboardHeld;

    @Override
    public void attach(Scene scene, MainViewModel vm, ScenarioCatalog scenarios) {
        Path out = Path.of(System.getProperty(ProbeHook.OUT));
        int size = Integer.getInteger(PROPERTY);
        PauseTransition idle = new PauseTransition(Duration.seconds(3));
        idle.setOnFinished(e -> guarded(() -> paste(scene, vm, size, out)));
        idle.play();
    }

    private void paste(Scene scene, MainViewModel vm, int size, Path out) {
        String open = "{\"data\":\"";
        String json = open + "x".repeat(size - open.length() - 2) + "\"}";
        ClipboardContent content = new ClipboardContent();
        content.putString(json);
        Clipboard.getSystemClipboard().setContent(content);
        // The Body tab shows the editor (a tab's content joins the scene when first shown).
        // By its id: other tabs (Settings) come after it.
        TabPane tabs = (TabPane) scene.lookup("#composer-tabs");
        Tab body = tabs.getTabs().stream()
                .filter(t -> "composer-body-tab".equals(t.getId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no Body tab (id composer-body-tab) in the composer"));
        tabs.getSelectionModel().select(body);
        tabs.applyCss();
        tabs.layout();
        TextArea editor = (TextArea) scene.lookup("#composer-body");
        if (editor == null) {
            throw new IllegalStateException("no body editor (#composer-body) on the Body tab");
        }
        editor.requestFocus();
        long[] last = {System.nanoTime()};
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                double gap = (now - last[0]) / 1e6;
                if (pasted) {
                    worstGapMs = Math.max(worstGapMs, gap);
                } else {
                    worstGapBeforeMs = Math.max(worstGapBeforeMs, gap);
                }
                frames++;
                last[0] = now;
            }
        };
        timer.start();
        PauseTransition before = new PauseTransition(Duration.seconds(1));
        before.setOnFinished(e -> guarded(() -> {
            long start = System.nanoTime();
            pasted = true;
            editor.paste();
            pasteCallMs = (System.nanoTime() - start) / 1e6;
            PauseTransition after = new PauseTransition(Duration.seconds(2));
            after.setOnFinished(f -> guarded(() -> {
                timer.stop();
                // Asked after the measurement (it costs a round trip to the X server): under a busy
                // X server the clipboard can come back empty, and then nothing was pasted and the
                // launch measured nothing (the report leaves it out).
                clipboardHeld = Clipboard.getSystemClipboard().hasString();
                write(out, size, vm.composer().keptBodyProperty().get() != null, editor.getLength());
                Platform.exit();
            }));
            after.play();
        }));
        before.play();
    }

    /**
     * Runs a step; if it throws, says why and ends the launch now: a probe that throws would
     * otherwise leave the window open until the script's timeout (300 s) with nothing measured.
     */
    private static void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException failure) {
            LOG.error("The paste bench could not run", failure);
            Platform.exit();
        }
    }

    private void write(Path out, int size, boolean kept, int editorLength) {
        String json = String.format(
                Locale.ROOT,
                "{\"pasteBytes\": %d, \"clipboardHeld\": %b, \"kept\": %b, \"editorChars\": %d, \"pasteCallMs\": %.1f,"
                        + " \"frames\": %d, \"worstFrameGapMs\": %.1f, \"worstGapBeforePasteMs\": %.1f}%n",
                size,
                clipboardHeld,
                kept,
                editorLength,
                pasteCallMs,
                frames,
                worstGapMs,
                worstGapBeforeMs);
        try {
            Files.writeString(out, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
