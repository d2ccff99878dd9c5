package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.body;
import static dev.statuslab.ui.mainwindow.WindowProbe.clickScenario;
import static dev.statuslab.ui.mainwindow.WindowProbe.setText;
import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.django.DjangoVersion;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The four user flows in the real window, headless: launch, click a scenario and read the 302
 * with its Location and explanation, break the JSON of the 201 scenario and resend to get the
 * 400, and bring back an earlier exchange from the history.
 */
@ExtendWith(ApplicationExtension.class)
class UserFlowsTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;

    private MainViewModel vm;
    private WireClient client;
    private ExecutorService background;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
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
        BED.server().store().reset();
    }

    @Test
    void aLongSimulatorLineIsCutShortInsteadOfWideningTheWindowAndWholeOnHover(FxRobot robot) throws Exception {
        String note = "port 8765 was taken by another program, so the simulator listens on a free port instead;"
                + " choose another one in the preferences";
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
            vm.simulatorStarted(BED.server().baseUri(), note);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#status-server").queryAs(Label.class);
        Node send = robot.lookup("#composer-send").query();
        robot.interact(() -> {
            double width = status.getScene().getWidth();
            assertTrue(status.getText().endsWith(note), status.getText());
            assertTrue(
                    status.localToScene(status.getLayoutBounds()).getMaxX() <= width + 1,
                    "the status line ends inside the window");
            assertTrue(
                    send.localToScene(send.getLayoutBounds()).getMaxX() <= width + 1,
                    "Send stays inside the window: " + send.localToScene(send.getLayoutBounds()) + " in " + width);
            assertEquals(status.getText(), status.getTooltip().getText());
        });
    }

    @Test
    void launchShowsTheWindowWithTheSimulatorAddress(FxRobot robot) {
        Label status = robot.lookup("#status-server").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Simulator on http://127.0.0.1:"), status.getText());
        assertTrue(robot.lookup("#catalogue-tree").tryQuery().isPresent());
        assertTrue(robot.lookup("#composer-url").tryQuery().isPresent());
    }

    @Test
    void clickingTheFormScenarioAndSendingShows302WithLocationAndItsExplanation(FxRobot robot) throws TimeoutException {
        clickScenario(robot, "Form submitted successfully");
        waitFor(() -> url(robot).endsWith("/contact/"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 302 Found"));
        TableView<?> headers = robot.lookup("#response-headers").queryAs(TableView.class);
        assertTrue(
                headers.getItems().stream()
                        .anyMatch(row -> row.toString().contains("Location")
                                && row.toString().contains("/contact/")),
                "Location: /contact/ among " + headers.getItems());
        waitFor(() -> text(robot, "#explanation-title").contains("302 Found"));
        assertTrue(robot.lookup("#explanation-checks").queryAs(Node.class).isVisible());
        assertTrue(robot.lookup(".check-ok").tryQuery().isPresent(), "Location is checked as present");
    }

    @Test
    void breakingTheJsonOfTheCreatedScenarioAndResendingGives400(FxRobot robot) throws TimeoutException {
        clickScenario(robot, "JSON API");
        waitFor(() -> url(robot).endsWith("/api/messages/"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 201 Created"));

        robot.clickOn("Body (JSON)");
        Node body = robot.lookup("#composer-body").query();
        robot.interact(() -> setText(body, "{\"name\": \"Ada\", \"email\": "));
        waitFor(() -> robot.lookup("#composer-body-warning")
                .tryQuery()
                .map(n -> ((Label) n).getText().contains("JSON"))
                .orElse(false));
        assertFalse(
                robot.lookup("#composer-send").queryAs(Button.class).isDisabled(),
                "invalid JSON warns but does not block: a test tool sends bad requests on purpose");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 400 Bad Request"));
        assertTrue(body(robot).contains("Invalid JSON"), body(robot));
    }

    @Test
    void selectingAnEarlierExchangeInHistoryShowsItAgain(FxRobot robot) throws TimeoutException {
        clickScenario(robot, "Forbidden");
        waitFor(() -> url(robot).endsWith("/forbidden/"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 403 Forbidden"));
        clickScenario(robot, "Basic function-based view");
        waitFor(() -> url(robot).endsWith("/simple/"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));

        TableView<?> history = robot.lookup("#history-table").queryAs(TableView.class);
        assertEquals(2, history.getItems().size());
        robot.interact(() -> history.getSelectionModel().select(1));
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 403 Forbidden"));
        waitFor(() -> text(robot, "#explanation-title").contains("403"));

        robot.clickOn("#history-edit-resend");
        waitFor(() -> url(robot).endsWith("/forbidden/"));
    }

    @Test
    void choosingDjango32InTheSimulatorMenuShowsItAndTheNextExchangeRecordsIt(FxRobot robot) throws TimeoutException {
        robot.interact(() -> vm.django().connect(DjangoVersion.DEFAULT, BED.server()::useDjango));
        try {
            MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
            Menu versions = (Menu) bar.getMenus().stream()
                    .filter(m -> "menu-simulator".equals(m.getId()))
                    .findFirst()
                    .orElseThrow()
                    .getItems()
                    .stream()
                    .filter(i -> "menu-django-version".equals(i.getId()))
                    .findFirst()
                    .orElseThrow();
            RadioMenuItem v32 = (RadioMenuItem) versions.getItems().stream()
                    .filter(i -> "menu-django-3-2".equals(i.getId()))
                    .findFirst()
                    .orElseThrow();
            robot.interact(v32::fire);
            waitFor(() -> text(robot, "#status-server").endsWith("as Django 3.2 (out of support)"));

            clickScenario(robot, "Basic function-based view");
            waitFor(() -> url(robot).endsWith("/simple/"));
            robot.clickOn("#composer-send");
            waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
            assertEquals("3.2", vm.history().exchanges().get(0).django());
            TableView<?> headers = robot.lookup("#response-headers").queryAs(TableView.class);
            assertFalse(
                    headers.getItems().stream().anyMatch(row -> row.toString().contains("Cross-Origin-Opener")),
                    "Django 3.2 sends no Cross-Origin-Opener-Policy: " + headers.getItems());
        } finally {
            BED.server().useDjango(DjangoVersion.DEFAULT);
        }
    }
}
