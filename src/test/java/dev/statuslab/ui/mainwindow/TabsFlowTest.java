package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.clickScenario;
import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.workbench.TabsStore;
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
 * Tabs in the real window against the real simulator: Ctrl+T opens tabs, a scenario clicked while
 * the current tab holds a draft opens in a new tab and the draft stays; the open tabs and their
 * drafts come back after a relaunch on the same data folder.
 */
@ExtendWith(ApplicationExtension.class)
class TabsFlowTest {

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
    void aScenarioClickedInAModifiedTabOpensInANewTabAndTheDraftStays(FxRobot robot) throws Exception {
        waitFor(() -> tabs(robot).getTabs().size() == 1);
        newTab(robot);
        newTab(robot);
        waitFor(() -> tabs(robot).getTabs().size() == 3);
        assertEquals(2, tabs(robot).getSelectionModel().getSelectedIndex());
        String draft = BED.server().baseUri() + "/my/own/draft/";
        typeUrl(robot, draft);
        waitFor(() -> tabs(robot).getTabs().get(2).getText().endsWith("•"));

        clickScenario(robot, "JSON API");
        waitFor(() -> tabs(robot).getTabs().size() == 4);
        assertEquals(3, tabs(robot).getSelectionModel().getSelectedIndex());
        assertTrue(text(robot, "#status-message").contains("new tab"), text(robot, "#status-message"));
        assertTrue(!url(robot).equals(draft), url(robot));

        robot.clickOn(tabs(robot).getTabs().get(2).getText());
        waitFor(() -> tabs(robot).getSelectionModel().getSelectedIndex() == 2);
        assertEquals(draft, url(robot), "the draft stayed in its tab");

        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        waitFor(() -> tabs(robot).getSelectionModel().getSelectedIndex() == 3);
    }

    @Test
    void theOpenTabsAndTheirDraftsComeBackAfterARelaunch(FxRobot robot) throws Exception {
        waitFor(() -> tabs(robot).getTabs().size() == 1);
        newTab(robot);
        waitFor(() -> tabs(robot).getTabs().size() == 2);
        String draft = BED.server().baseUri() + "/kept/across/launches/";
        typeUrl(robot, draft);
        waitFor(() -> tabs(robot).getTabs().get(1).getText().endsWith("•"));
        robot.interact(wiring::flush);
        assertTrue(Files.exists(data.resolve(TabsStore.FILE_NAME)), "tabs.json written");

        Stage stage = (Stage) tabs(robot).getScene().getWindow();
        robot.interact(() -> launch(stage));
        waitFor(() -> tabs(robot).getTabs().size() == 2 && url(robot).equals(draft));
        assertEquals(1, tabs(robot).getSelectionModel().getSelectedIndex());
    }
}
