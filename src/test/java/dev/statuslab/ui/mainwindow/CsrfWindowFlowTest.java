package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.Scheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
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
 * Django's CSRF flow in the real window against the real simulator: the form's GET fills the
 * window's cookie jar, and the scenario's third ready request, sent with Send, carries the
 * csrftoken cookie and {{cookie.csrftoken}} and is accepted with 302.
 */
@ExtendWith(ApplicationExtension.class)
class CsrfWindowFlowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;

    @TempDir
    static Path temp;

    private Path data;
    private WireClient client;
    private ExecutorService background;
    private WorkbenchFiles wiring;
    private MainViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createDirectories(temp.resolve("data-" + UUID.randomUUID()));
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        launch(stage);
    }

    private void launch(Stage stage) {
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
        WaitForAsyncUtils.asyncFx(wiring::flush).get(); // as at quit: nothing written after the executor stops
        client.close();
        background.shutdownNow();
    }

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup("#request-tabs").queryAs(TabPane.class);
    }

    private static void newTab(FxRobot robot) {
        robot.clickOn("#composer-url");
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typeUrl(FxRobot robot, String url) {
        TextInputControl field = robot.lookup("#composer-url").queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(url));
    }

    @Test
    void theCsrfScenariosThirdRequestEndsIn302AfterTheFormsGet(FxRobot robot) throws Exception {
        Scenario csrf = ScenarioCatalog.load(STATUSES).find("csrf").orElseThrow();
        waitFor(() -> tabs(robot).getTabs().size() == 1);
        robot.interact(() -> vm.catalogue().select(csrf, csrf.requests().get(0)));
        waitFor(() -> url(robot).endsWith("/secure/contact/"));
        robot.clickOn("#composer-send");
        waitFor(() -> WindowProbe.statusLine(robot).equals("HTTP/1.1 200 OK"));
        waitFor(() -> vm.cookies().all().stream().anyMatch(c -> c.name().equals("csrftoken")));

        robot.interact(() -> vm.catalogue().select(csrf, csrf.requests().get(2)));
        waitFor(() -> vm.composer().bodyTextProperty().get().contains("{{cookie.csrftoken}}"));
        assertEquals(1, tabs(robot).getTabs().size(), "an unchanged tab takes the next request");
        robot.clickOn("#composer-send");
        waitFor(() -> WindowProbe.statusLine(robot).startsWith("HTTP/1.1 302"));
        String sent = vm.history()
                .exchanges()
                .get(0)
                .request()
                .headers()
                .first("Cookie")
                .orElse("");
        assertTrue(sent.contains("csrftoken="), sent);
        assertTrue(
                !vm.history().exchanges().get(0).request().body().text().contains("{{"), "what was sent is recorded");
    }
}
