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
 *
 * <p>With the argument {@code server} it is the floor under the app as it idles: the same window,
 * and after its first frame a bare Javalin on 127.0.0.1 with an HTTP port and an HTTPS port
 * (HTTP/2 and HTTP/1.1 by ALPN, a certificate made at start as the app makes its own), which is
 * what the app must run beside its window at idle (the simulator, HTTPS on by default).
 */
public class HelloFx extends Application {

    public static void main(String[] args) {
        Application.launch(HelloFx.class, args);
    }

    private boolean withServer() {
        return getParameters().getRaw().contains("server");
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
            Runnable idleThenReport = () -> {
                PauseTransition idle = new PauseTransition(Duration.seconds(3));
                idle.setOnFinished(e -> {
                    System.out.printf(Locale.ROOT, "windowShownMs=%d idleRssMb=%.1f%n", shown, rssMb());
                    System.out.flush();
                    Platform.exit();
                    if (withServer()) {
                        System.exit(0); // Jetty's threads would keep the JVM running
                    }
                });
                idle.play();
            };
            if (withServer()) {
                Thread starting = new Thread(() -> {
                    try {
                        BareJettyTls.start("/", 0); // bench/BareJettyTls.java: HTTP and HTTPS on 127.0.0.1
                    } catch (Exception e) {
                        throw new IllegalStateException("the floor's server did not start", e);
                    }
                    Platform.runLater(idleThenReport);
                });
                starting.setDaemon(true);
                starting.start();
            } else {
                idleThenReport.run();
            }
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
