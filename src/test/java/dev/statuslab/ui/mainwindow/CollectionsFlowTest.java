package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
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
 * Saved requests in the real window against the real simulator: Ctrl+S saves the tab's request
 * into a collection, the Collections panel shows it after a relaunch, and it is sent from there.
 */
@ExtendWith(ApplicationExtension.class)
class CollectionsFlowTest {

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
    void aRequestSavedIntoACollectionIsSentFromThereAfterARelaunch(FxRobot robot) throws Exception {
        waitFor(() -> tabs(robot).getTabs().size() == 1);
        newTab(robot);
        typeUrl(robot, BED.server().baseUri() + "/messages/1/");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#save-name").tryQuery().isPresent());
        TextInputControl name = robot.lookup("#save-name").queryAs(TextInputControl.class);
        robot.interact(() -> name.setText("Message one"));
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        waitFor(() -> requests(robot).contains("GET  Message one"));
        assertEquals(
                "Message one", tabs(robot).getSelectionModel().getSelectedItem().getText(), "the tab is saved");
        waitFor(() -> Files.exists(data.resolve("collections/My-requests/Message-one.json")));
        robot.interact(wiring::flush);

        Stage stage = (Stage) tabs(robot).getScene().getWindow();
        robot.interact(() -> launch(stage));
        waitFor(() -> requests(robot).contains("GET  Message one"));
        newTab(robot);
        waitFor(() -> url(robot).isEmpty());
        TreeView<?> tree = robot.lookup("#collections-tree").queryAs(TreeView.class);
        Node row = robot.from(tree).lookup("GET  Message one").queryAs(Node.class);
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        if (tree.getSelectionModel().getSelectedItem() == null) {
            robot.clickOn(row); // Monocle can swallow the first click after a new scene
        }
        waitFor(() -> tree.getSelectionModel().getSelectedItem() != null);
        robot.type(KeyCode.ENTER);
        try {
            waitFor(() -> url(robot).endsWith("/messages/1/"));
        } catch (TimeoutException e) {
            throw new AssertionError("url " + url(robot) + " message " + WindowProbe.text(robot, "#status-message")
                    + " selected " + tree.getSelectionModel().getSelectedItem() + " focus "
                    + tree.getScene().getFocusOwner());
        }
        robot.clickOn("#composer-send");
        waitFor(() -> WindowProbe.statusLine(robot).equals("HTTP/1.1 200 OK"));
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
