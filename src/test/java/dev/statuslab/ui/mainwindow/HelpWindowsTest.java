package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 16, item 12: Help → Keyboard shortcuts (searchable, from the action registry) and About (the version). */
@ExtendWith(ApplicationExtension.class)
class HelpWindowsTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private WireClient client;
    private ExecutorService background;

    @Start
    void start(Stage stage) {
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        MainViewModel vm = WindowModels.inMemory(
                        ScenarioCatalog.load(WindowTestBed.STATUSES),
                        WindowTestBed.STATUSES,
                        client,
                        background,
                        Platform::runLater)
                .build();
        new MainWindow(vm, stage, BED.prefs(), url -> {});
        // Replaces the window's own handler, which writes to preferences this test bed removes at the end:
        // the stage is shared with the next test class.
        stage.setOnHidden(e -> {
            client.close();
            background.shutdownNow();
        });
        WindowProbe.sizeForTests(stage);
        stage.show();
    }

    @Test
    void theShortcutListIsGeneratedFromTheRegistryAndSearchable(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        waitFor(() -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#shortcuts-table").queryAs(TableView.class);
        assertTrue(
                table.getItems().size() >= 15,
                "every command with a key is listed: " + table.getItems().size());
        List<String> labels = table.getItems().stream()
                .map(r -> ((ActionRegistry.Shortcut) r).id())
                .map(ActionId::text)
                .toList();
        assertTrue(labels.contains("Send") && labels.contains("Show the catalogue"), labels.toString());

        robot.clickOn("#shortcuts-search").write("catalogue");
        waitFor(() -> table.getItems().size() == 1);
        var only = (ActionRegistry.Shortcut) table.getItems().get(0);
        assertEquals(ActionId.SHOW_CATALOGUE, only.id());
        assertEquals("Ctrl+B", ShortcutsDialog.key(only));
    }

    @Test
    void menusHaveNoShadowMarginThatPaintsAWhiteFrame(FxRobot robot) throws Exception {
        robot.clickOn("View");
        waitFor(() -> robot.lookup(".context-menu").tryQuery().isPresent());
        Node menu = robot.lookup(".context-menu").query();
        assertEquals(null, menu.getEffect(), "no drop shadow, so the popup has no transparent margin");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void aboutShowsTheVersion(FxRobot robot) throws Exception {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitFor(() -> robot.lookup("#about").tryQuery().isPresent());
        DialogPane about = robot.lookup("#about").queryAs(DialogPane.class);
        assertEquals("StatusLab " + WindowActions.version(), about.getHeaderText());
        assertTrue(WindowActions.version().equals("development")
                || WindowActions.version().matches("\\d.*"));
    }
}
