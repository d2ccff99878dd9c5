package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.body;
import static dev.statuslab.ui.mainwindow.WindowProbe.clickScenario;
import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockStore;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.catalogue.CatalogueItem;
import dev.statuslab.ui.common.FieldChecks;
import dev.statuslab.ui.mocks.MocksViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
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

/**
 * The user's mocks in the real window, against the real simulator: a mocks file present at start
 * is listed and served; a mock made in the editor appears under "My mocks", is selected, and Send
 * gets its answer; Delete on its row asks and removes it; "Mock this response…" starts from an
 * exchange. Every change reaches the file.
 */
@ExtendWith(ApplicationExtension.class)
class MockFlowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;
    private static final MockRoute SEEDED = new MockRoute(
            "GET", "/seeded", 202, "", List.of(new Header("Content-Type", "text/plain")), "from the file", 0);

    @TempDir
    static Path temp;

    private MockStore store;
    private WireClient client;
    private ExecutorService background;

    /** Each test starts as a relaunch would: a data folder whose mocks file holds one mock. */
    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createDirectories(temp.resolve("data-" + UUID.randomUUID()));
        store = MockStore.inDataDirectory(data);
        store.save(List.of(SEEDED));
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(STATUSES), STATUSES, client, background, Platform::runLater)
                .withStore(null, temp.resolve("imports"))
                .withMocks(new MocksViewModel.Wiring(store, BED.server().mocks()::replaceAll))
                .build();
        new MainWindow(vm, stage, BED.prefs(), url -> {});
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
        vm.mocks().load();
    }

    @AfterEach
    void close() {
        BED.server().mocks().replaceAll(List.of());
        client.close();
        background.shutdownNow();
    }

    @Test
    void theMocksOfTheFileAreListedAtStartAndServed(FxRobot robot) throws Exception {
        eventually(List.of("GET /seeded"), () -> myMocks(robot));
        assertTrue(text(robot, "#status-message").startsWith("Loaded 1 mock from "), text(robot, "#status-message"));

        clickMock(robot, "GET /seeded");
        waitFor(() -> url(robot).endsWith("/seeded"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 202 Accepted"));
        assertEquals("from the file", body(robot));
    }

    @Test
    void aMockMadeInTheEditorIsListedSelectedServedAndSaved(FxRobot robot) throws Exception {
        waitFor(() -> myMocks(robot).size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#mock-path").tryQuery().isPresent());
        assertEquals("/api/example", field(robot, "#mock-path"));

        type(robot, "#mock-path", "/api/teapot");
        type(robot, "#mock-status", "99");
        waitFor(() ->
                FieldChecks.messageOf(robot.lookup("#mock-status").query()).isPresent());
        assertTrue(save(robot).isDisabled(), "Save is off while the status cannot be used");
        assertEquals("99", field(robot, "#mock-status"), "what was typed stays");
        type(robot, "#mock-status", "418");
        waitFor(() -> text(robot, "#mock-status-title").equals("418 I'm a teapot"));
        assertFalse(save(robot).isDisabled());
        robot.clickOn("#mock-headers-add");
        robot.write("X-Brewed-By");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.write("StatusLab");
        type(robot, "#mock-body", "short and stout");
        robot.clickOn("#mock-save");

        waitFor(() -> robot.lookup("#mock-editor").tryQuery().isEmpty());
        eventually(List.of("GET /seeded", "GET /api/teapot"), () -> myMocks(robot));
        waitFor(() -> url(robot).endsWith("/api/teapot")); // the new mock is selected
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 418 I'm a teapot"));
        assertEquals("short and stout", body(robot));
        waitFor(() -> saved() != null && saved().size() == 2);
        MockRoute saved = MockStore.read(store.file()).get(1);
        assertEquals(
                new MockRoute(
                        "GET",
                        "/api/teapot",
                        418,
                        "",
                        List.of(new Header("X-Brewed-By", "StatusLab")),
                        "short and stout",
                        0),
                saved);
    }

    @Test
    void aMockWithAQueryMatchAndASequenceAnswers503ThenAt200(FxRobot robot) throws Exception {
        waitFor(() -> myMocks(robot).size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#mock-path").tryQuery().isPresent());
        type(robot, "#mock-path", "/api/flaky");
        type(robot, "#mock-status", "503");
        robot.clickOn("#mock-rules .title");
        waitFor(() -> robot.lookup("#mock-match-query").queryAs(Node.class).isVisible());
        type(robot, "#mock-match-query", "page=2");
        type(robot, "#mock-then", "200");
        robot.clickOn("#mock-save");

        waitFor(() -> robot.lookup("#mock-editor").tryQuery().isEmpty());
        eventually(List.of("GET /seeded", "GET /api/flaky [?page=2]"), () -> myMocks(robot));
        waitFor(() -> url(robot).endsWith("/api/flaky?page=2"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 503 Service Unavailable"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
        waitFor(() -> saved() != null && saved().size() == 2);
        MockRoute saved = MockStore.read(store.file()).get(1);
        assertEquals(
                List.of(503, 200), saved.answers().stream().map(a -> a.status()).toList());
        assertEquals(
                "page=2",
                saved.match().query().get(0).name() + "="
                        + saved.match().query().get(0).value());
    }

    @Test
    void deleteOnAMocksRowAsksThenRemovesItEverywhere(FxRobot robot) throws Exception {
        eventually(List.of("GET /seeded"), () -> myMocks(robot));
        clickMock(robot, "GET /seeded");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitFor(() -> robot.lookup("#mock-delete-confirm").tryQuery().isPresent());
        robot.clickOn("#mock-delete-confirm");

        eventually(List.of(), () -> myMocks(robot)); // nothing matches the search any more
        robot.clickOn("#catalogue-search");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        eventually(List.of("No mocks yet"), () -> myMocks(robot));
        waitFor(() -> saved() != null && saved().isEmpty());
        assertTrue(BED.server().mocks().all().isEmpty());
    }

    @Test
    void f2EditsTheSelectedMockAndTheServerAnswersTheNewWay(FxRobot robot) throws Exception {
        eventually(List.of("GET /seeded"), () -> myMocks(robot));
        clickMock(robot, "GET /seeded");
        robot.press(KeyCode.F2).release(KeyCode.F2);
        waitFor(() -> robot.lookup("#mock-status").tryQuery().isPresent());
        assertEquals("/seeded", field(robot, "#mock-path"));
        type(robot, "#mock-status", "410");
        waitFor(() -> text(robot, "#mock-status-title").equals("410 Gone"));
        robot.clickOn("#mock-save");

        waitFor(() -> saved() != null && saved().get(0).status() == 410);
        assertEquals(List.of("GET /seeded"), myMocks(robot), "edited in place");
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 410 Gone"));
    }

    @Test
    void mockThisResponseStartsFromTheExchangeAndAnswersLikeIt(FxRobot robot) throws Exception {
        clickScenario(robot, "Forbidden");
        waitFor(() -> url(robot).endsWith("/forbidden/"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 403 Forbidden"));

        TableView<?> history = robot.lookup("#history-table").queryAs(TableView.class);
        Node row = robot.from(history).lookup(".table-row-cell").query();
        robot.clickOn(row);
        // Headless Monocle does not turn a secondary click into a context-menu request: the menu is
        // opened as that request would open it, on the selected row.
        robot.interact(() -> history.getContextMenu().show(row, Side.BOTTOM, 20, 0));
        robot.clickOn("#history-mock-response");
        waitFor(() -> robot.lookup("#mock-path").tryQuery().isPresent());
        assertEquals("/forbidden/", field(robot, "#mock-path"));
        assertEquals("403", field(robot, "#mock-status"));
        assertEquals(
                "Not allowed",
                robot.lookup("#mock-body").queryAs(TextInputControl.class).getText());

        type(robot, "#mock-path", "/blocked/");
        robot.clickOn("#mock-save");
        waitFor(() -> myMocks(robot).contains("GET /blocked/"));
        waitFor(() -> url(robot).endsWith("/blocked/"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 403 Forbidden")
                && url(robot).endsWith("/blocked/")
                && body(robot).equals("Not allowed"));
    }

    /** What the mocks file holds now; null while it cannot be read. */
    private List<MockRoute> saved() {
        try {
            return MockStore.read(store.file());
        } catch (IOException e) {
            return null;
        }
    }

    /** Waits for {@code actual} to equal {@code expected}, and says what it was when it never does. */
    private static <T> void eventually(T expected, Supplier<T> actual) {
        try {
            waitFor(() -> expected.equals(actual.get()));
        } catch (TimeoutException e) {
            assertEquals(expected, actual.get());
        }
    }

    /** Finds a mock through the search field ("My mocks" is last in a long tree) and clicks its row. */
    private static void clickMock(FxRobot robot, String title) throws TimeoutException {
        robot.clickOn("#catalogue-search");
        robot.write(title.substring(title.indexOf(' ') + 1));
        waitFor(() -> myMocks(robot).equals(List.of(title)));
        clickScenario(robot, title);
    }

    /** Replaces the text of a field by typing, as a user would. */
    private static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextInputControl.class).getText();
    }

    private static Button save(FxRobot robot) {
        return robot.lookup("#mock-save").queryAs(Button.class);
    }

    /** The rows under "My mocks", as shown. */
    private static List<String> myMocks(FxRobot robot) {
        TreeView<?> tree = robot.lookup("#catalogue-tree").queryAs(TreeView.class);
        for (TreeItem<?> group : tree.getRoot().getChildren()) {
            if (String.valueOf(group.getValue()).contains("MY_MOCKS")) {
                return group.getChildren().stream()
                        .map(i -> ((CatalogueItem) i.getValue()).text())
                        .toList();
            }
        }
        return List.of();
    }
}
