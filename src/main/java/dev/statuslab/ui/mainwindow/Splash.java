package dev.statuslab.ui.mainwindow;

import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.common.NextFrame;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window as it first shows (issue 16, item 12): "Starting StatusLab…" on a plain scene of the
 * window's own size and place, painted before the real window is built, which then replaces the
 * scene in the same stage. No control on it: the first control loads JavaFX's default stylesheet,
 * which the theme replaces anyway.
 */
public final class Splash {

    public static final String TEXT = "Starting StatusLab…";

    /** {@link System#nanoTime()} when the placeholder was laid out for painting; 0 before. */
    private static volatile long paintedNanos;

    private Splash() {}

    /** Shows the placeholder in {@code stage}, then runs {@code next} once it has been laid out for painting. */
    public static Scene show(Stage stage, AppPreferences prefs, Runnable next) {
        AppPreferences.WindowBounds b = prefs.windowBounds();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(b.width(), screen.getWidth());
        double height = Math.min(b.height(), screen.getHeight());
        Text text = new Text(TEXT);
        text.setId("splash");
        text.setFont(Font.font(18));
        text.setTextAlignment(TextAlignment.CENTER);
        text.setTextOrigin(VPos.CENTER);
        text.setFill(prefs.darkTheme() ? Color.web("#c9d1d9") : Color.web("#57606a"));
        text.setLayoutX((width - text.getLayoutBounds().getWidth()) / 2);
        text.setLayoutY(height / 2);
        Scene scene = new Scene(new Group(text), width, height, prefs.darkTheme() ? Color.web("#0d1117") : Color.WHITE);
        stage.setTitle("StatusLab");
        stage.setScene(scene);
        if (!Double.isNaN(b.x()) && !Double.isNaN(b.y())) {
            stage.setX(Math.max(screen.getMinX(), Math.min(b.x(), screen.getMaxX() - width)));
            stage.setY(Math.max(screen.getMinY(), Math.min(b.y(), screen.getMaxY() - height)));
        }
        stage.show();
        // After this pulse (and so its frame) is done: the real window is built next.
        NextFrame.then(scene, () -> {
            paintedNanos = System.nanoTime();
            next.run();
        });
        return scene;
    }

    /**
     * From the JVM's start to the placeholder's first frame, when known, on the JVM's own uptime
     * clock (the process's start time that the system gives is rounded to whole seconds). Loads
     * the management classes: call it after the window's first frame.
     */
    public static Duration sinceJvmStart() {
        long painted = paintedNanos;
        if (painted == 0) {
            return null;
        }
        long uptimeNanos = ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
        return Duration.ofNanos(uptimeNanos - (System.nanoTime() - painted)).truncatedTo(ChronoUnit.MILLIS);
    }
}
