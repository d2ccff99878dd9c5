package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.Scheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
 * A curl command pasted into the URL field (Ctrl+V) in the real window becomes the request, which
 * the simulator creates (201); File → Import curl… does the same through its dialog.
 */
@ExtendWith(ApplicationExtension.class)
class CurlFlowTest {

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

    private static void clipboard(FxRobot robot, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }

    @Test
    void aCurlCommandPastedIntoTheUrlFieldIsSentAndCreatesAMessage(FxRobot robot) throws Exception {
        clipboard(
                robot,
                "curl -X POST {{simulator}}/api/messages/ -H 'X-Trace: 7' --json "
                        + "'{\"name\":\"Ada\",\"email\":\"ada@example.com\",\"message\":\"Hello\"}'");
        robot.clickOn("#composer-url");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        waitFor(() -> "POST".equals(vm.composer().methodProperty().get()));
        assertEquals(BED.server().baseUri() + "/api/messages/", url(robot));
        assertTrue(WindowProbe.text(robot, "#status-message").startsWith("Pasted the curl command as POST"));

        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).startsWith("HTTP/1.1 201"));
        HttpRequest sent = vm.history().exchanges().get(0).request();
        assertEquals("7", sent.headers().first("X-Trace").orElse(""));
        assertEquals("application/json", sent.headers().first("Content-Type").orElse(""));
    }

    @Test
    void importCurlOpensTheCommandAndNamesWhatItCannotCarry(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream()
                .filter(m -> m.getText().equals("_File"))
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-import-curl".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        Platform.runLater(item::fire);
        waitFor(() -> robot.lookup("#import-curl-command").tryQuery().isPresent());
        TextInputControl command = robot.lookup("#import-curl-command").queryAs(TextInputControl.class);
        robot.interact(() -> command.setText("curl -sL {{simulator}}/status/418"));
        DialogPane pane = robot.lookup("#import-curl-pane").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(ButtonType.OK));
        waitFor(() -> url(robot).endsWith("/status/418"));
        String said = WindowProbe.text(robot, "#status-message");
        assertTrue(said.contains("Not carried over: -L"), said);
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).startsWith("HTTP/1.1 418"));
    }
}
