package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.clickScenario;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.ui.common.AppPreferences;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, item 2: after a send, the response body is readable in the real window at the
 * smallest size (1024x700) and at a large one, with the composer and the history still there.
 */
@ExtendWith(ApplicationExtension.class)
class ResponseRoomTest {

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
    }

    private void open(double width, double height) {
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(WindowTestBed.STATUSES),
                        WindowTestBed.STATUSES,
                        client,
                        background,
                        Platform::runLater)
                .build();
        // The stage is shared by every window test of the run: nothing another test left on it counts.
        stage.setMaximized(false);
        stage.setFullScreen(false);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setMaxWidth(Double.MAX_VALUE);
        stage.setMaxHeight(Double.MAX_VALUE);
        // The size first, as a user's window opens at its remembered size: the dividers are then
        // restored at this size, not at whatever size another test left the shared stage.
        BED.prefs().setWindowBounds(new AppPreferences.WindowBounds(0, 0, width, height, false));
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setX(0);
        stage.setY(0);
        new MainWindow(vm, stage, BED.prefs(), url -> {});
        stage.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
    }

    @AfterEach
    void close() {
        client.close();
        background.shutdownNow();
    }

    @Test
    void responseBodyShowsAtLeastTwelveLinesAt1024x700(FxRobot robot) throws Exception {
        assertBodyLinesAfterSendingTheJsonApi(robot, 1024, 700, 12);
    }

    @Test
    void responseBodyShowsAtLeastFifteenLinesAt1600x1000(FxRobot robot) throws Exception {
        assertBodyLinesAfterSendingTheJsonApi(robot, 1600, 1000, 15);
    }

    private void assertBodyLinesAfterSendingTheJsonApi(FxRobot robot, double width, double height, int lines)
            throws Exception {
        robot.interact(() -> {
            // The other test's window would save its dividers on closing, and this one would open
            // on them: each window here starts from the defaults, as a new user's does.
            stage.setOnHidden(null);
            stage.close();
            open(width, height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        clickScenario(robot, "JSON API");
        robot.clickOn("#composer-send");
        waitFor(() -> robot.lookup("#response-body")
                .tryQuery()
                .map(n -> n.getScene() != null && n.isVisible() && ((CodeArea) n).getLength() > 0)
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        CodeArea body = robot.lookup("#response-body").queryAs(CodeArea.class);
        double[] measured = new double[2];
        // The window settles over a few pulses (the history gives way, the dividers are restored):
        // what counts is where it comes to rest, so measure until it shows enough or 5 s have passed.
        long until = System.nanoTime() + 5_000_000_000L;
        do {
            robot.interact(() -> {
                // What the user sees of the body: its viewport, cut by the window's bottom edge if at all.
                Bounds view = body.localToScene(body.getLayoutBounds());
                measured[0] = Math.min(view.getMaxY(), body.getScene().getHeight()) - Math.max(view.getMinY(), 0);
                measured[1] = body.getParagraphBoundsOnScreen(0)
                        .map(Bounds::getHeight)
                        .orElse(Double.NaN);
            });
            if (measured[0] / measured[1] >= lines) {
                break;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < until);
        double shownLines = measured[0] / measured[1];
        assertTrue(
                shownLines >= lines,
                "at " + width + "x" + height + " the response body shows " + String.format("%.1f", shownLines)
                        + " lines (" + measured[0] + " px, a line is " + measured[1] + " px); " + layout(robot));
    }

    /** The centre column's heights, for the message when it fails. */
    private static String layout(FxRobot robot) {
        StringBuilder out = new StringBuilder();
        robot.lookup("#response-body").tryQuery().ifPresent((Node n) -> out.append("scene ")
                .append(n.getScene().getWidth())
                .append('x')
                .append(n.getScene().getHeight())
                .append(' '));
        for (String id : new String[] {"#composer-tabs", "#response", "#response-tabs", "#history"}) {
            robot.lookup(id).tryQuery().ifPresent((Node n) -> out.append(id)
                    .append(' ')
                    .append(Math.round(n.getLayoutBounds().getHeight()))
                    .append(' '));
        }
        robot.lookup("#response-body").tryQuery().ifPresent((Node n) -> {
            for (Node p = n; p != null; p = p.getParent()) {
                out.append("\n  ")
                        .append(p.getClass().getSimpleName())
                        .append(' ')
                        .append(p.getId())
                        .append(' ')
                        .append(Math.round(p.localToScene(p.getLayoutBounds()).getMinY()))
                        .append('+')
                        .append(Math.round(p.getLayoutBounds().getHeight()));
            }
        });
        return out.toString();
    }
}
