package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.Scheduler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
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
 * Environments in the real window against the real simulator: Request → Environments… makes
 * "local" with host and code, the picker beside the tabs makes it active, and a request written
 * with those variables reaches the simulator resolved.
 */
@ExtendWith(ApplicationExtension.class)
class EnvironmentsFlowTest {

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

    private static MenuItem menuItem(FxRobot robot, String menu, String id) {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        Menu found = bar.getMenus().stream()
                .filter(m -> m.getText().equals(menu))
                .findFirst()
                .orElseThrow();
        return found.getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + menu));
    }

    private static DialogPane paneHolding(FxRobot robot, String id) {
        return robot.lookup(".dialog-pane").match(p -> p.lookup(id) != null).queryAs(DialogPane.class);
    }

    private static String written(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void anEnvironmentMadeInTheDialogAndPickedResolvesTheRequestsVariables(FxRobot robot) throws Exception {
        MenuItem item = menuItem(robot, "_Request", "menu-edit-environments");
        Platform.runLater(item::fire); // the dialog waits for its answer: not inside interact
        waitFor(() -> robot.lookup("#environments-add").tryQuery().isPresent());

        robot.clickOn("#environments-add");
        waitFor(() -> robot.lookup("#environments-name").tryQuery().isPresent());
        TextInputControl name = robot.lookup("#environments-name").queryAs(TextInputControl.class);
        robot.interact(() -> name.setText("local"));
        robot.clickOn(paneHolding(robot, "#environments-name").lookupButton(ButtonType.OK));
        waitFor(() -> "local".equals(vm.environments().editingProperty().get()));

        robot.clickOn("#environment-variables-add");
        waitFor(() -> vm.environments().rows().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("host");
        waitFor(() -> vm.environments().rows().get(0).getName().equals("host"));
        String base = BED.server().baseUri().toString().replaceAll("/$", "");
        robot.interact(() -> {
            vm.environments().rows().get(0).setValue(base);
            vm.environments().addRow();
            vm.environments().rows().get(1).setName("code");
            vm.environments().rows().get(1).setValue("418");
        });
        robot.clickOn(paneHolding(robot, "#environments-list").lookupButton(ButtonType.CLOSE));
        waitFor(() -> robot.lookup("#environments-list").tryQuery().isEmpty());
        waitFor(() -> written(data.resolve("environments/local.json")).contains("\"418\""));

        @SuppressWarnings("unchecked")
        ComboBox<String> picker = robot.lookup("#environment-picker").queryAs(ComboBox.class);
        assertEquals("", picker.getValue(), "no environment until one is picked");
        robot.clickOn(picker);
        Node local = robot.lookup(".list-cell")
                .match(n -> n instanceof ListCell<?> c && "local".equals(c.getText()))
                .query();
        robot.clickOn(local);
        waitFor(() -> "local".equals(vm.environments().activeProperty().get()));
        assertEquals("local", BED.prefs().environment(), "remembered for the next launch");

        TextInputControl url = robot.lookup("#composer-url").queryAs(TextInputControl.class);
        robot.interact(() -> url.setText("{{host}}/status/{{code}}"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).startsWith("HTTP/1.1 418"));
        assertTrue(vm.history().exchanges().get(0).request().url().endsWith("/status/418"));
    }
}
