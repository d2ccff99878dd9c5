package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.Scheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
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
 * "Added when sent" in the real window against the simulator's echo: User-Agent switched off under
 * the header table is not sent, and the switch stays in the tab's draft.
 */
@ExtendWith(ApplicationExtension.class)
class AddedWhenSentFlowTest {

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
    void userAgentSwitchedOffIsNotInTheSimulatorsEcho(FxRobot robot) throws Exception {
        TextInputControl url = robot.lookup("#composer-url").queryAs(TextInputControl.class);
        robot.interact(() -> url.setText(BED.server().baseUri() + "/anything"));
        robot.clickOn(robot.lookup(".tab-label")
                .match(n -> n instanceof Labeled l && l.getText().startsWith("Headers"))
                .queryAs(Node.class));
        waitFor(() -> robot.lookup("#composer-added-User-Agent").tryQuery().isPresent());
        assertTrue(robot.lookup("#composer-added-Host").tryQuery().isPresent());
        assertTrue(robot.lookup("#composer-added-Accept").tryQuery().isPresent());

        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
        waitFor(() -> WindowProbe.body(robot).contains("StatusLab/"));

        CheckBox agent = robot.lookup("#composer-added-User-Agent").queryAs(CheckBox.class);
        assertTrue(agent.isSelected());
        robot.interact(() -> agent.fire()); // as a click does; the list may sit below the visible part
        waitFor(() -> !agent.isSelected());
        robot.clickOn("#composer-send");
        waitFor(() -> vm.history().exchanges().size() == 2);
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
        waitFor(() -> !WindowProbe.body(robot).contains("StatusLab/"));
        assertFalse(WindowProbe.body(robot).contains("User-Agent"), WindowProbe.body(robot));
        assertTrue(WindowProbe.body(robot).contains("*/*"), "Accept is still sent");
        assertEquals(List.of("User-Agent"), vm.tabs().current().draft().omitted(), "kept in the tab's draft");
    }
}
