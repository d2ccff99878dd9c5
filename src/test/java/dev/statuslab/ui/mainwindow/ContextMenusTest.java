package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.clickScenario;
import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.ui.common.ActionId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Control;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 16, item 11: whatever a right click offers, the menu bar offers too. */
@ExtendWith(ApplicationExtension.class)
class ContextMenusTest {

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
        stage.setOnHidden(e -> {
            client.close();
            background.shutdownNow();
        });
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
    }

    @Test
    void everyContextMenuActionIsInTheMenuBar(FxRobot robot) throws Exception {
        // A response first, so that the response pane (and its Headers table) is built.
        clickScenario(robot, "Form submitted successfully");
        waitFor(() -> url(robot).endsWith("/contact/"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 302 Found"));
        // The response pane builds its tabs once the first answer is shown, a pulse or more later.
        waitFor(() -> robot.lookup("#response-headers").tryQuery().isPresent());

        List<MenuItem> contextItems = new ArrayList<>();
        robot.lookup(n -> n instanceof Control c && c.getContextMenu() != null)
                .queryAll()
                .forEach(n -> contextItems.addAll(((Control) n).getContextMenu().getItems()));
        // The mock sets' "Sets" button is a context menu made from the registry too.
        contextItems.addAll(
                robot.lookup("#mock-set-menu").queryAs(MenuButton.class).getItems());
        Set<String> inMenuBar = new HashSet<>();
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        bar.getMenus().forEach(m -> collect(m, inMenuBar));

        List<String> walked = new ArrayList<>();
        for (MenuItem item : contextItems) {
            if (item instanceof SeparatorMenuItem || item.getText() == null) {
                continue;
            }
            String label = item.getText();
            assertTrue(
                    Arrays.stream(ActionId.values()).anyMatch(id -> id.label().equals(label)),
                    "\"" + label + "\" is a registered command (ActionControls.contextMenu)");
            assertTrue(inMenuBar.contains(label), "\"" + label + "\" is in the menu bar too");
            walked.add(label);
        }
        assertTrue(walked.contains(ActionId.COPY_HEADER_VALUES.label()), walked.toString());
        assertTrue(walked.contains(ActionId.MOCK_RESPONSE.label()), walked.toString());
    }

    @Test
    void theResponseMenuCopiesTheChosenHeaderValues(FxRobot robot) throws Exception {
        clickScenario(robot, "Form submitted successfully");
        waitFor(() -> url(robot).endsWith("/contact/"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 302 Found"));
        TabPane tabs = robot.lookup("#response-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<?> headers = robot.lookup("#response-headers").queryAs(TableView.class);
        int location = 0;
        while (!headers.getItems().get(location).toString().contains("Location")) {
            location++;
        }
        int row = location;
        robot.interact(() -> headers.getSelectionModel().clearAndSelect(row));
        robot.clickOn("Response").clickOn("Copy response header values");
        String[] copied = new String[1];
        waitFor(() -> {
            robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
            return copied[0] != null && copied[0].endsWith("/contact/");
        });
        assertEquals(false, copied[0].contains("Location:"), copied[0]);
    }

    private static void collect(MenuItem item, Set<String> labels) {
        labels.add(item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(i -> collect(i, labels));
        }
    }
}
