import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The smallest JavaFX window (a label and a button, at StatusLab's default size): the reference
 * the app's start-up and memory are measured against, on this machine, under the same JVM options.
 * Measured as the app's probe measures the app: JVM start to the first frame laid out after the
 * window is shown, and VmRSS after 3 idle seconds. Prints one line
 * {@code windowShownMs=N idleRssMb=N}, then exits. Run by bench/ui-startup.sh.
 */
public class HelloFx extends Application {

    public static void main(String[] args) {
        Application.launch(HelloFx.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new VBox(new Label("Hello"), new Button("Press")), 1360, 860);
        stage.setScene(scene);
        stage.show();
        Runnable[] firstFrame = new Runnable[1];
        firstFrame[0] = () -> {
            scene.removePostLayoutPulseListener(firstFrame[0]);
            long shown = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            PauseTransition idle = new PauseTransition(Duration.seconds(3));
            idle.setOnFinished(e -> {
                System.out.printf(Locale.ROOT, "windowShownMs=%d idleRssMb=%.1f%n", shown, rssMb());
                Platform.exit();
            });
            idle.play();
        };
        scene.addPostLayoutPulseListener(firstFrame[0]);
        Platform.requestNextPulse();
    }

    private static double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }
}
