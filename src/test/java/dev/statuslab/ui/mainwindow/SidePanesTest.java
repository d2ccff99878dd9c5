package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, item 2: the catalogue and the explanation can be hidden (View menu, a key each), stay
 * hidden after a relaunch, and at 1024x700 the centre keeps the room to work in.
 */
@ExtendWith(ApplicationExtension.class)
class SidePanesTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private WireClient client;
    private ExecutorService background;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        BED.prefs().setPaneShown("catalogue", true);
        BED.prefs().setPaneShown("explanation", true);
        open(stage, 1360, 860);
    }

    private void open(Stage on, double width, double height) {
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(WindowTestBed.STATUSES),
                        WindowTestBed.STATUSES,
                        client,
                        background,
                        Platform::runLater)
                .build();
        new MainWindow(vm, on, BED.prefs(), url -> {});
        on.setWidth(width);
        on.setHeight(height);
        on.setX(0);
        on.setY(0);
        on.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
    }

    @AfterEach
    void close() {
        client.close();
        background.shutdownNow();
    }

    @Test
    void hiddenPanesStayHiddenAfterARelaunch(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#catalogue-tree") && shown(robot, "#explanation-placeholder"));
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitFor(() -> !shown(robot, "#catalogue-tree"));
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT, KeyCode.CONTROL);
        waitFor(() -> !shown(robot, "#explanation-placeholder"));

        robot.interact(() -> {
            stage.close();
            open(stage, 1360, 860);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shown(robot, "#catalogue-tree"), "the catalogue stays hidden after a relaunch");
        assertFalse(shown(robot, "#explanation-placeholder"), "the explanation stays hidden after a relaunch");

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitFor(() -> shown(robot, "#catalogue-tree"));
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT, KeyCode.CONTROL);
        waitFor(() -> shown(robot, "#explanation-placeholder"));
        Node tree = robot.lookup("#catalogue-tree").query();
        assertTrue(tree.getBoundsInLocal().getWidth() >= 150, "the catalogue comes back at a usable width");
    }

    @Test
    void atTheSmallestSizeTheUrlAndTheBodyEditorKeepUsableSizes(FxRobot robot) throws Exception {
        robot.interact(() -> {
            stage.close();
            open(stage, 1024, 700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField url = robot.lookup("#composer-url").queryAs(TextField.class);
        robot.interact(() -> url.setText(BED.server().baseUri() + "messages/new/"));
        WaitForAsyncUtils.waitForFxEvents();
        Text measured = new Text(url.getText());
        measured.setFont(url.getFont());
        double needed = measured.getLayoutBounds().getWidth();
        assertTrue(
                url.getWidth() >= needed + 10,
                "the URL field is " + url.getWidth() + " wide; the simulator's URL needs " + needed);

        TabPane tabs = robot.lookup("#composer-tabs").query();
        robot.interact(() -> tabs.getTabs().stream()
                .filter(t -> t.getText() != null && t.getText().startsWith("Body"))
                .findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t)));
        waitFor(() -> shown(robot, "#composer-body"));
        Node body = robot.lookup("#composer-body").query();
        // The response gets the larger share at this size (ResponseRoomTest); the editor keeps two
        // lines and more, and dragging the divider down gives it more (the position is remembered).
        Text line = new Text("{\"name\": \"Ada\"}");
        line.setFont(((TextArea) body).getFont());
        double lineHeight = line.getLayoutBounds().getHeight();
        assertTrue(
                body.getLayoutBounds().getHeight() >= 2.5 * lineHeight,
                "the body editor is " + body.getLayoutBounds().getHeight() + " high, a line " + lineHeight);

        double before = body.getLayoutBounds().getHeight();
        robot.interact(() -> ((TextArea) body).setText("text with the body type none"));
        waitFor(() -> shown(robot, "#composer-body-warning"));
        assertEquals(
                before,
                body.getLayoutBounds().getHeight(),
                0.5,
                "a message appearing under the body does not push the editor around");
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id)
                .tryQuery()
                .map(n -> n.getScene() != null && n.isVisible())
                .orElse(false);
    }
}
