package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.clickScenario;
import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.Styles;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In the real window: the findings of the response just received, as a badge beside its status line. */
@ExtendWith(ApplicationExtension.class)
class FindingsWindowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;

    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        ExecutorService background = Executors.newFixedThreadPool(2);
        WireClient client = new WireClient(WireClient.Options.defaults());
        vm = WindowModels.inMemory(ScenarioCatalog.load(STATUSES), STATUSES, client, background, Platform::runLater)
                .build();
        new MainWindow(vm, stage, BED.prefs(), url -> {});
        stage.setOnHidden(e -> {
            client.close();
            background.shutdownNow();
        });
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
    }

    @Test
    void sendingShowsTheCountOfFindingsBesideTheStatusLineAndTheFindingsAtopTheExplanation(FxRobot robot)
            throws TimeoutException {
        clickScenario(robot, "Basic function-based view");
        waitFor(() -> url(robot).endsWith("/simple/"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
        waitFor(() -> text(robot, "#findings-badge").equals("1 advice"));

        Label badge = robot.lookup("#findings-badge").queryAs(Label.class);
        Node line = robot.lookup("#response-status-line").query();
        assertSame(line.getParent(), badge.getParent(), "the badge sits in the status line's row");
        assertEquals(
                line.getParent().getChildrenUnmodifiable().indexOf(line) + 1,
                line.getParent().getChildrenUnmodifiable().indexOf(badge),
                "right after the status line");
        assertTrue(badge.isVisible());
        assertTrue(badge.getStyleClass().contains(Styles.FINDINGS_BADGE));
        assertTrue(badge.getPseudoClassStates().contains(PseudoClass.getPseudoClass("info")));
        assertTrue(robot.lookup("#findings").queryAs(Node.class).isVisible());
        assertEquals("0 errors, 0 warnings, 1 advice", text(robot, "#findings-summary"));
        assertTrue(robot.lookup((Label l) -> l.getText().startsWith("a 200 without Cache-Control"))
                .tryQuery()
                .isPresent());
    }
}
