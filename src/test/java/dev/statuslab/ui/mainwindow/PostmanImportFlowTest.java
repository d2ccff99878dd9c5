package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.Scheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
 * A Postman v2.1 collection with folders and variables, imported in the real window (through the
 * action's handler: the file chooser cannot be driven headless) and one of its requests, opened from
 * the Collections panel, sent to the simulator with its collection variable resolved.
 */
@ExtendWith(ApplicationExtension.class)
class PostmanImportFlowTest {

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

    private static final String POSTMAN =
            """
            {"info": {"name": "Echoes", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
             "variable": [{"key": "who", "value": "ada-42"}],
             "item": [
               {"name": "People", "item": [
                 {"name": "Echo who", "request": {"method": "GET",
                   "header": [{"key": "X-Who", "value": "{{who}}"}],
                   "url": "{{simulator}}/anything/{{who}}"}}
               ]},
               {"name": "Ping", "request": {"method": "GET", "url": "{{simulator}}/simple/"}}
             ]}
            """;

    @Test
    void aPostmanCollectionWithFoldersAndVariablesImportsAndOneOfItsRequestsSends(FxRobot robot) throws Exception {
        Path file = Files.writeString(temp.resolve("echoes.postman_collection.json"), POSTMAN);
        robot.interact(() -> vm.collections().importPostmanLater(file));
        waitFor(() -> requests(robot).contains("GET  Echo who"));
        assertTrue(requests(robot).contains("GET  Ping"), requests(robot).toString());

        TreeView<?> tree = robot.lookup("#collections-tree").queryAs(TreeView.class);
        robot.interact(() -> expand(tree.getRoot()));
        Node row = robot.from(tree).lookup("GET  Echo who").queryAs(Node.class);
        robot.interact(() -> row.getParent().layout());
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        if (tree.getSelectionModel().getSelectedItem() == null) {
            robot.clickOn(row); // Monocle can swallow the first click after a new scene
        }
        waitFor(() -> tree.getSelectionModel().getSelectedItem() != null);
        robot.type(KeyCode.ENTER);
        waitFor(() -> url(robot).contains("/anything/"));
        robot.clickOn("#composer-send");
        waitFor(() -> WindowProbe.statusLine(robot).equals("HTTP/1.1 200 OK"));

        String sent = vm.history().exchanges().get(0).request().url();
        assertEquals(BED.server().baseUri() + "/anything/ada-42", sent);
        assertEquals(
                "ada-42",
                vm.history()
                        .exchanges()
                        .get(0)
                        .request()
                        .headers()
                        .first("X-Who")
                        .orElse(""));
        assertTrue(WindowProbe.body(robot).contains("ada-42"), WindowProbe.body(robot));
    }

    private static void expand(TreeItem<?> item) {
        item.setExpanded(true);
        item.getChildren().forEach(PostmanImportFlowTest::expand);
    }

    private static List<String> requests(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#collections-tree").queryAs(TreeView.class);
        List<String> out = new ArrayList<>();
        collect(tree.getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<?> item, List<String> out) {
        for (TreeItem<?> child : item.getChildren()) {
            out.add(String.valueOf(child.getValue()));
            collect(child, out);
        }
    }
}
