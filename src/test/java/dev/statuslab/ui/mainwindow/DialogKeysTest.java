package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.MockStore;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.ui.mocks.MocksViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.TextInputControl;
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
 * Issue 16, item 1: Enter in a dialog's field or table cell commits what was typed and never saves
 * or closes the dialog; Ctrl+Enter or the Save button saves.
 */
@ExtendWith(ApplicationExtension.class)
class DialogKeysTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    @TempDir
    static Path temp;

    private MockStore store;
    private WireClient client;
    private ExecutorService background;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createDirectories(temp.resolve("data-" + UUID.randomUUID()));
        store = MockStore.inDataDirectory(data);
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(WindowTestBed.STATUSES),
                        WindowTestBed.STATUSES,
                        client,
                        background,
                        Platform::runLater)
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
    void enterInAHeaderCellDoesNotSaveTheMock(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#mock-path").tryQuery().isPresent());
        type(robot, "#mock-path", "/api/enter");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editorOpen(robot), "Enter in the path field left the editor open");

        robot.clickOn("#mock-headers-add");
        robot.write("X-Typed");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editorOpen(robot), "Enter in a header's name cell left the editor open");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        robot.write("yes");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(editorOpen(robot), "Enter in a header's value cell left the editor open");

        type(robot, "#mock-body", "typed after the headers");
        assertTrue(editorOpen(robot));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitFor(() -> !editorOpen(robot));
        waitFor(() -> saved().size() == 1);
        MockRoute mock = saved().get(0);
        assertEquals("/api/enter", mock.path());
        assertEquals(List.of(new Header("X-Typed", "yes")), mock.headers());
        assertEquals("typed after the headers", mock.body(), "the body typed after Enter is saved");
    }

    private static boolean editorOpen(FxRobot robot) {
        return robot.lookup("#mock-editor").tryQuery().isPresent();
    }

    private List<MockRoute> saved() {
        try {
            return Files.exists(store.file()) ? MockStore.read(store.file()) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        assertEquals(text, robot.lookup(id).queryAs(TextInputControl.class).getText());
    }
}
