package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.clickScenario;
import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.HistoryStore;
import dev.statuslab.core.transcript.TranscriptFiles;
import dev.statuslab.ui.transcript.TranscriptDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The transcript in the real window: export the history to a HAR file and a Markdown lesson,
 * import the HAR back, refuse a broken file, report a path that cannot be written, and keep the
 * history on disk as it happens. The native file chooser is the one thing answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class TranscriptFlowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;

    @TempDir
    static Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Path historyDir;
    private HistoryStore store;
    private MainViewModel vm;
    private WireClient client;
    private ExecutorService background;

    @Start
    void start(Stage stage) {
        historyDir = temp.resolve("history-" + UUID.randomUUID());
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        store = new HistoryStore(historyDir, TranscriptFiles.historyCodec(STATUSES), problem -> {});
        vm = WindowModels.inMemory(ScenarioCatalog.load(STATUSES), STATUSES, client, background, Platform::runLater)
                .withStore(store, temp.resolve("imports"))
                .build();
        new MainWindow(vm, stage, BED.prefs(), url -> {}, dialogs);
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
        BED.server().store().reset();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        client.close();
        background.shutdownNow();
    }

    @Test
    void exportToHarAndMarkdownThenClearAndImportTheHarBack(FxRobot robot) throws Exception {
        send(robot, "Forbidden", "/forbidden/", "HTTP/1.1 403 Forbidden");
        send(robot, "Basic function-based view", "/simple/", "HTTP/1.1 200 OK");

        Path har = temp.resolve("session.har");
        dialogs.targets.add(har);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(() -> text(robot, "#status-message").startsWith("Exported 2 exchanges"));
        JsonNode log = new ObjectMapper().readTree(har.toFile()).get("log");
        assertEquals("1.2", log.get("version").asText());
        assertEquals(List.of(403, 200), statuses(log));

        Path markdown = temp.resolve("session.md");
        dialogs.targets.add(markdown);
        robot.clickOn("#history-export");
        waitFor(() -> Files.exists(markdown));
        String lesson = Files.readString(markdown);
        assertTrue(lesson.contains("403 Forbidden") && lesson.contains("GET /simple/"), lesson);

        robot.clickOn("#history-clear");
        waitFor(() -> history(robot).getItems().isEmpty());
        assertEquals(1, dialogs.confirmations);

        dialogs.sources.add(har);
        robot.clickOn("#history-import");
        waitFor(() -> history(robot).getItems().size() == 2);
        assertTrue(text(robot, "#status-message").startsWith("Imported 2 exchanges"));
        assertEquals(
                List.of(200, 403),
                history(robot).getItems().stream()
                        .map(e -> ((Exchange) e).code())
                        .toList());
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
        robot.interact(() -> history(robot).getSelectionModel().clearAndSelect(1));
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 403 Forbidden"));
        assertEquals(List.of(), dialogs.problems);
    }

    @Test
    void aBrokenHarIsRefusedWithItsReasonAndTheHistoryIsUnchanged(FxRobot robot) throws Exception {
        send(robot, "Basic function-based view", "/simple/", "HTTP/1.1 200 OK");
        Path broken =
                Files.writeString(temp.resolve("broken.har"), "{\"log\": {\"version\": \"1.2\", \"entries\": [{}]}}");

        dialogs.sources.add(broken);
        robot.clickOn("#history-import");
        waitFor(() -> !dialogs.problems.isEmpty());
        assertTrue(dialogs.problems.get(0).contains("broken.har"), dialogs.problems.toString());
        assertTrue(text(robot, "#status-message").contains("The history is unchanged"));
        assertEquals(1, history(robot).getItems().size());
    }

    @Test
    void aPathThatCannotBeWrittenIsReportedAndTheFileThereIsKept(FxRobot robot) throws Exception {
        send(robot, "Basic function-based view", "/simple/", "HTTP/1.1 200 OK");
        dialogs.targets.add(temp.resolve("no-such-folder").resolve("out.har"));
        robot.clickOn("#history-export");
        waitFor(() -> !dialogs.problems.isEmpty());
        assertTrue(dialogs.problems.get(0).startsWith("Could not write"), dialogs.problems.get(0));

        Path existing = Files.createDirectories(temp.resolve("a-folder"));
        dialogs.targets.add(existing);
        robot.clickOn("#history-export");
        waitFor(() -> dialogs.problems.size() == 2);
        assertTrue(Files.isDirectory(existing), "the folder is left as it was");
    }

    @Test
    void everyExchangeIsSavedAsItHappensAndComesBackInTheNextSession(FxRobot robot) throws Exception {
        send(robot, "Forbidden", "/forbidden/", "HTTP/1.1 403 Forbidden");
        send(robot, "Basic function-based view", "/simple/", "HTTP/1.1 200 OK");
        waitFor(() -> count(historyDir) == 2);

        try (HistoryStore nextSession =
                new HistoryStore(historyDir, TranscriptFiles.historyCodec(STATUSES), problem -> {})) {
            List<Exchange> restored = nextSession.restore().exchanges();
            assertEquals(
                    List.of(403, 200), restored.stream().map(Exchange::code).toList());
            Exchange sent = (Exchange) history(robot).getItems().get(1);
            Exchange back = restored.get(0);
            assertEquals(sent.id(), back.id());
            assertEquals(sent.startedAt().truncatedTo(ChronoUnit.MILLIS), back.startedAt());
            assertEquals(sent.requestHead(), back.requestHead());
            assertEquals(sent.responseHead(), back.responseHead());
            assertEquals(sent.response().body(), back.response().body());
        }
    }

    @Test
    void reimportingTheSameHarAddsNothing(FxRobot robot) throws Exception {
        Path har = browserHar("browser.har");
        dialogs.sources.add(har);
        robot.clickOn("#history-import");
        waitFor(() -> history(robot).getItems().size() == 2);
        assertEquals("Imported 2 exchanges from browser.har", text(robot, "#status-message"));

        dialogs.sources.add(har);
        robot.clickOn("#history-import");
        waitFor(() -> text(robot, "#status-message").startsWith("Imported nothing"));
        assertEquals(
                "Imported nothing from browser.har: all 2 exchanges are already in the history",
                text(robot, "#status-message"));
        assertEquals(2, history(robot).getItems().size());
    }

    @Test
    void importedExchangesAreSavedAndComeBackInTheNextSession(FxRobot robot) throws Exception {
        dialogs.sources.add(browserHar("saved.har"));
        robot.clickOn("#history-import");
        waitFor(() -> history(robot).getItems().size() == 2);
        waitFor(() -> count(historyDir) == 2);

        try (HistoryStore nextSession =
                new HistoryStore(historyDir, TranscriptFiles.historyCodec(STATUSES), problem -> {})) {
            List<Exchange> restored = nextSession.restore().exchanges();
            assertEquals(
                    List.of(201, 404), restored.stream().map(Exchange::code).toList());
            List<String> ids = history(robot).getItems().stream()
                    .map(e -> ((Exchange) e).id())
                    .sorted()
                    .toList();
            assertEquals(ids, restored.stream().map(Exchange::id).sorted().toList());
        }
    }

    /** A HAR as a browser exports it: no _statuslab data, two entries. */
    private static Path browserHar(String name) throws IOException {
        String entry =
                """
                {"startedDateTime": "2026-12-01T10:00:0%dZ", "time": 12,
                 "request": {"method": "%s", "url": "https://api.example.com/%s", "httpVersion": "h2",
                   "cookies": [], "headers": [], "queryString": [], "headersSize": -1, "bodySize": 0},
                 "response": {"status": %d, "statusText": "", "httpVersion": "h2", "cookies": [],
                   "headers": [{"name": "content-type", "value": "text/plain"}],
                   "content": {"size": 2, "mimeType": "text/plain", "text": "ok"},
                   "redirectURL": "", "headersSize": -1, "bodySize": 2},
                 "cache": {}, "timings": {"send": 1, "wait": 10, "receive": 1}}""";
        String har = "{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"Firefox\", \"version\": \"140\"},"
                + " \"entries\": [" + entry.formatted(1, "POST", "items", 201) + ", "
                + entry.formatted(2, "GET", "items/9", 404) + "]}}";
        return Files.writeString(temp.resolve(name), har);
    }

    private static void send(FxRobot robot, String scenario, String path, String statusLine) throws TimeoutException {
        clickScenario(robot, scenario);
        waitFor(() -> url(robot).endsWith(path));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals(statusLine));
    }

    private static TableView<?> history(FxRobot robot) {
        return robot.lookup("#history-table").queryAs(TableView.class);
    }

    private static List<Integer> statuses(JsonNode log) {
        List<Integer> codes = new ArrayList<>();
        log.get("entries")
                .forEach(entry -> codes.add(entry.get("response").get("status").asInt()));
        return codes;
    }

    private static long count(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".har")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Answers the file choosers from queues, confirms clearing, and records the problems shown. */
    private static final class ScriptedDialogs implements TranscriptDialogs {
        final Deque<Path> targets = new ArrayDeque<>();
        final Deque<Path> sources = new ArrayDeque<>();
        final List<String> problems = new CopyOnWriteArrayList<>();
        int confirmations;

        @Override
        public Optional<Path> exportTarget(Window owner, String suggestedName) {
            return Optional.ofNullable(targets.poll());
        }

        @Override
        public Optional<Path> harToImport(Window owner) {
            return Optional.ofNullable(sources.poll());
        }

        @Override
        public boolean confirmClear(Window owner, int count) {
            confirmations++;
            return true;
        }

        @Override
        public void showProblem(Window owner, String title, String message) {
            problems.add(message);
        }
    }
}
