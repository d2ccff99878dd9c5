import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The smallest JavaFX window (a label and a button, at StatusLab's default size): the floor under
 * any JavaFX app's resident memory on this machine. Prints VmRSS after 6 idle seconds, then exits.
 * Run by bench/javafx-floor.sh.
 */
public class HelloFx extends Application {

    public static void main(String[] args) {
        Application.launch(HelloFx.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new VBox(new Label("Hello"), new Button("Press")), 1360, 860));
        stage.show();
        Thread idle = new Thread(() -> {
            try {
                Thread.sleep(6000);
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        System.out.println(line.replaceAll("\\s+", " "));
                    }
                }
            } catch (Exception e) {
                System.out.println("VmRSS: unknown (" + e + ")");
            }
            Platform.exit();
        });
        idle.setDaemon(true);
        idle.start();
    }
}
