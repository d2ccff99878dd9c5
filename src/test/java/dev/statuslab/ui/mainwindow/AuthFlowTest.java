package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.workbench.Auth;
import dev.statuslab.ui.common.Scheduler;
import dev.statuslab.ui.common.VariableRow;
import dev.statuslab.ui.composer.AuthViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Auth tab in the real window against the simulator's echo: Bearer with {{token}} from the
 * active environment shows the field it adds, and the simulator receives it resolved.
 */
@ExtendWith(ApplicationExtension.class)
class AuthFlowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;

    @TempDir
    static Path temp;

    private WorkbenchFiles wiring;
    private WireClient client;
    private ExecutorService background;
    private MainViewModel vm;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createDirectories(temp.resolve("data-" + UUID.randomUUID()));
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        vm = WindowModels.inMemory(ScenarioCatalog.load(STATUSES), STATUSES, client, background, Platform::runLater)
                .withStore(null, temp.resolve("imports"))
                .build();
        new MainWindow(vm, stage, BED.prefs(), url -> {});
        wiring = WorkbenchFiles.attach(vm, data, background, Platform::runLater, Scheduler.after(Platform::runLater));
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(wiring::flush).get();
        client.close();
        background.shutdownNow();
    }

    @Test
    void aBearerTokenFromTheEnvironmentReachesTheSimulatorAsAnAuthorizationField(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.environments().add("local");
            vm.environments().edit("local");
            vm.environments().rows().add(new VariableRow(true, "token", "s3cr3t-42", true));
            vm.environments().apply();
            vm.environments().select("local");
        });
        TextInputControl url = robot.lookup("#composer-url").queryAs(TextInputControl.class);
        robot.interact(() -> url.setText(BED.server().baseUri() + "/anything"));
        robot.clickOn(robot.lookup(".tab-label")
                .match(n -> n instanceof Labeled l && l.getText().startsWith("Auth"))
                .queryAs(Node.class));
        waitFor(() -> robot.lookup("#composer-auth-kind").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<AuthViewModel.Kind> kind = robot.lookup("#composer-auth-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.setValue(AuthViewModel.Kind.BEARER));
        robot.clickOn("#composer-auth-token").write("{{token}}");
        waitFor(() -> WindowProbe.text(robot, "#composer-auth-header").equals("Adds Authorization: Bearer {{token}}"));

        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
        waitFor(() -> WindowProbe.body(robot).contains("s3cr3t-42"));
        assertTrue(WindowProbe.body(robot).contains("Bearer s3cr3t-42"), WindowProbe.body(robot));
        assertEquals(
                "Bearer s3cr3t-42",
                vm.history()
                        .exchanges()
                        .get(0)
                        .request()
                        .headers()
                        .first("Authorization")
                        .orElse(""));
        assertEquals(new Auth.Bearer("{{token}}"), vm.tabs().current().draft().auth(), "kept in the tab's draft");
    }
}
