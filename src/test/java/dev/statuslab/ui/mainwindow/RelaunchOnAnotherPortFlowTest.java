package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.core.transcript.TranscriptFiles;
import dev.statuslab.server.SimulatorOptions;
import dev.statuslab.server.SimulatorServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TableView;
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
 * Quit and relaunch on another port, in the real window: an exchange made with simulator A is saved
 * in the data folder; a new window on the same folder, with simulator B on another port, restores
 * it, and Edit & resend sends it to B.
 */
@ExtendWith(ApplicationExtension.class)
class RelaunchOnAnotherPortFlowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;

    @TempDir
    static Path data;

    private Stage first;
    private WireClient client;
    private ExecutorService background;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @Start
    void start(Stage stage) {
        first = stage;
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
    }

    private MainViewModel window(Stage stage, HistoryStore store, SimulatorServer simulator) {
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(STATUSES), STATUSES, client, background, Platform::runLater)
                .withStore(store, data.resolve("spool"))
                .build();
        new MainWindow(vm, stage, BED.prefs(), url -> {});
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(simulator.baseUri(), null);
        return vm;
    }

    private static HistoryStore store() {
        return new HistoryStore(data.resolve("history"), TranscriptFiles.historyCodec(STATUSES), report -> {});
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        client.close();
        background.shutdownNow();
    }

    @Test
    void editAndResendOfARestoredExchangeReachesTheSimulatorOfTheNewLaunch(FxRobot robot) throws Exception {
        SimulatorServer a = new SimulatorServer(SimulatorOptions.loopback(0), STATUSES);
        a.start();
        HistoryStore firstStore = store();
        MainViewModel one =
                WaitForAsyncUtils.asyncFx(() -> window(first, firstStore, a)).get();
        TextInputControl url = robot.lookup("#composer-url").queryAs(TextInputControl.class);
        robot.interact(() -> url.setText(a.baseUri() + "/anything/relaunch"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
        assertEquals(
                "{{simulator}}/anything/relaunch",
                one.history().exchanges().get(0).simulatorTarget());

        // Quit: the history's writes are finished, the window and simulator A go away.
        firstStore.close();
        robot.interact(first::close);
        // B is bound before A stops, so that the new launch surely has another port.
        SimulatorServer b = new SimulatorServer(SimulatorOptions.loopback(0), STATUSES);
        b.start();
        toClose.add(b::stop);
        int portA = a.port();
        a.stop();
        assertNotEquals(portA, b.port());
        HistoryStore secondStore = store();
        toClose.add(secondStore);
        HistoryStore.Restored restored = secondStore.restore();
        assertEquals(1, restored.exchanges().size(), restored.problems().toString());
        MainViewModel two = WaitForAsyncUtils.asyncFx(() -> {
                    MainViewModel vm = window(new Stage(), secondStore, b);
                    vm.history().restore(restored.exchanges());
                    return vm;
                })
                .get();
        toClose.add(() -> robot.interact(() -> robot.listTargetWindows().forEach(w -> {
            if (w instanceof Stage s) {
                s.close();
            }
        })));

        TableView<?> history = robot.lookup("#history-table").queryAs(TableView.class);
        waitFor(() -> !history.getItems().isEmpty());
        Node row = robot.from(history).lookup(".table-row-cell").query();
        robot.clickOn(row);
        waitFor(() -> two.history().selectedProperty().get() != null);
        robot.clickOn("#history-edit-resend");
        waitFor(() -> url(robot).equals(b.baseUri() + "/anything/relaunch"));
        robot.clickOn("#composer-send");
        waitFor(() -> two.history().exchanges().size() == 2);
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));

        Exchange resent = two.history().exchanges().get(0);
        assertTrue(
                resent.request().url().contains(":" + b.port() + "/"),
                resent.request().url());
        assertEquals(200, resent.response().code());
        assertTrue(WindowProbe.body(robot).contains("/anything/relaunch"), WindowProbe.body(robot));
    }

    private static String url(FxRobot robot) {
        return robot.lookup("#composer-url").queryAs(TextInputControl.class).getText();
    }
}
