package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.body;
import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.transcript.Exchange;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 16, item 6: a pasted 3 MB single-line JSON is kept as a body, not laid out in the editor. */
@ExtendWith(ApplicationExtension.class)
class LargePasteTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    static final int SIZE = 3 * 1024 * 1024;

    private MainViewModel vm;
    private WireClient client;
    private ExecutorService background;

    @Start
    void start(Stage stage) {
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        vm = WindowModels.inMemory(
                        ScenarioCatalog.load(WindowTestBed.STATUSES),
                        WindowTestBed.STATUSES,
                        client,
                        background,
                        Platform::runLater)
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

    /** A single-line JSON object of exactly {@code size} bytes. */
    static String singleLineJson(int size) {
        String open = "{\"data\":\"";
        String close = "\"}";
        return open + "x".repeat(size - open.length() - close.length()) + close;
    }

    @Test
    void aPasted3MbSingleLineJsonIsKeptAsABodyAndSentWhole(FxRobot robot) throws Exception {
        robot.interact(() -> {
            vm.composer().methodProperty().set("POST");
            vm.composer().urlProperty().set(BED.server().baseUri() + "/anything");
            ClipboardContent content = new ClipboardContent();
            content.putString(singleLineJson(SIZE));
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("Body");
        TextArea editor = robot.lookup("#composer-body").queryAs(TextArea.class);
        robot.clickOn(editor);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);

        waitFor(() -> text(robot, "#composer-kept-body").startsWith("This body is 3 MB"));
        assertEquals("", editor.getText(), "the editor never holds (or lays out) the pasted line");
        assertFalse(editor.isVisible(), "the kept-body pane is shown in its place");
        assertTrue(text(robot, "#composer-kept-body-preview").startsWith("{\"data\":\"xxx"));
        assertEquals(BodyKind.JSON, vm.composer().bodyKindProperty().get(), "a JSON paste into no body is JSON");

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
        Exchange sent = vm.history().exchanges().get(vm.history().exchanges().size() - 1);
        assertEquals(SIZE, sent.request().body().size());
        // The simulator's echo of the request's head: Content-Length is the whole 3 MB.
        Pattern length =
                Pattern.compile("\"Content-Length\"[^}]*\"" + SIZE + "\"|\"" + SIZE + "\"[^{]*\"Content-Length\"");
        waitFor(() -> length.matcher(body(robot)).find());
    }
}
