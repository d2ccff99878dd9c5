package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.url;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.http.HttpRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.workbench.Cookie;
import dev.statuslab.ui.common.Scheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
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
 * The Cookies panel in the real window against the real simulator: the CSRF form's GET puts
 * csrftoken in the jar, Request → Cookies… shows it, and what the panel changes is what the next
 * POST carries, so the simulator's CSRF check answers accordingly.
 */
@ExtendWith(ApplicationExtension.class)
class CookiesFlowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;

    @TempDir
    static Path temp;

    private WorkbenchFiles wiring;
    private WireClient client;
    private ExecutorService background;
    private MainViewModel vm;
    private Scenario csrf;

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createDirectories(temp.resolve("data-" + UUID.randomUUID()));
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        ScenarioCatalog scenarios = ScenarioCatalog.load(STATUSES);
        csrf = scenarios.find("csrf").orElseThrow();
        vm = WindowModels.inMemory(scenarios, STATUSES, client, background, Platform::runLater)
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

    /** GET /secure/contact/: the simulator sets csrftoken. */
    private void getTheForm(FxRobot robot) throws Exception {
        robot.interact(() -> vm.catalogue().select(csrf, csrf.requests().get(0)));
        waitFor(() -> url(robot).endsWith("/secure/contact/"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
        waitFor(() -> vm.cookies().all().stream().anyMatch(c -> c.name().equals("csrftoken")));
    }

    /** Request → Cookies…, as the menu bar has it. */
    @SuppressWarnings("unchecked")
    private static TableView<Cookie> openCookies(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        Menu request = bar.getMenus().stream()
                .filter(m -> m.getText().equals("_Request"))
                .findFirst()
                .orElseThrow();
        MenuItem item = request.getItems().stream()
                .filter(i -> "menu-cookies".equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Cookies… in the Request menu"));
        robot.interact(item::fire);
        waitFor(() -> robot.lookup("#cookies-table").tryQuery().isPresent());
        return robot.lookup("#cookies-table").queryAs(TableView.class);
    }

    private static Node cell(FxRobot robot, TableView<Cookie> table, String text) {
        return robot.from(table)
                .lookup(".table-cell")
                .match(n -> text.equals(textOf(n)))
                .query();
    }

    private static String textOf(Node node) {
        return node instanceof Labeled l ? l.getText() : "";
    }

    private static void closeCookies(FxRobot robot) {
        DialogPane pane = robot.lookup("#cookies-pane").queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(ButtonType.CLOSE));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private HttpRequest lastSent() {
        return vm.history().exchanges().get(0).request();
    }

    @Test
    void aCookieDeletedInThePanelIsNotSentAndTheCsrfCheckRefusesThePost(FxRobot robot) throws Exception {
        getTheForm(robot);
        TableView<Cookie> table = openCookies(robot);
        waitFor(() -> table.getItems().stream().anyMatch(c -> c.name().equals("csrftoken")));
        Cookie shown = table.getItems().stream()
                .filter(c -> c.name().equals("csrftoken"))
                .findFirst()
                .orElseThrow();
        String token = shown.value();
        assertEquals("Lax", textOf(cell(robot, table, "Lax")), "SameSite is shown");
        assertTrue(shown.persistent(), "Django's csrftoken has an expiry");

        robot.clickOn(cell(robot, table, "csrftoken"));
        waitFor(() -> table.getSelectionModel().getSelectedItem() != null);
        robot.clickOn("#cookies-delete");
        waitFor(() -> table.getItems().isEmpty());
        assertTrue(vm.cookies().all().isEmpty(), "the window's jar itself lost the cookie");
        closeCookies(robot);

        // The scenario's third request, its token written in by hand: only the cookie is missing.
        robot.interact(() -> vm.catalogue().select(csrf, csrf.requests().get(2)));
        waitFor(() -> vm.composer().bodyTextProperty().get().contains("{{cookie.csrftoken}}"));
        robot.interact(() -> vm.composer()
                .bodyTextProperty()
                .set(vm.composer().bodyTextProperty().get().replace("{{cookie.csrftoken}}", token)));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).startsWith("HTTP/1.1 403"));
        assertFalse(lastSent().headers().first("Cookie").isPresent(), "no Cookie field after the delete");
        assertTrue(lastSent().body().text().contains("csrfmiddlewaretoken=" + token));
        String page = WindowProbe.body(robot);
        assertTrue(page.contains("CSRF verification failed"), page);
        // Django adds the paragraph on disabled cookies only when the reason is "CSRF cookie not set."
        assertTrue(page.contains("configured your browser to disable cookies"), page);
    }

    @Test
    void aValueEditedInThePanelIsWhatTheNextPostCarries(FxRobot robot) throws Exception {
        getTheForm(robot);
        TableView<Cookie> table = openCookies(robot);
        waitFor(() -> !table.getItems().isEmpty());
        String token = table.getItems().get(0).value();

        robot.doubleClickOn(cell(robot, table, token));
        waitFor(() -> table.getEditingCell() != null);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("forged").type(KeyCode.ENTER);
        waitFor(() -> vm.cookies().all().get(0).value().equals("forged"));
        waitFor(() -> table.getItems().get(0).value().equals("forged"));
        closeCookies(robot);

        robot.interact(() -> vm.catalogue().select(csrf, csrf.requests().get(2)));
        waitFor(() -> vm.composer().bodyTextProperty().get().contains("{{cookie.csrftoken}}"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).startsWith("HTTP/1.1 403"));
        assertEquals("csrftoken=forged", lastSent().headers().first("Cookie").orElse(""));
        assertTrue(lastSent().body().text().startsWith("csrfmiddlewaretoken=forged&"), "{{cookie.csrftoken}} too");
        String page = WindowProbe.body(robot);
        assertTrue(page.contains("CSRF verification failed"), page);
        // not "CSRF cookie not set.": the cookie came, but a forged one (Django: "has incorrect length")
        assertFalse(page.contains("configured your browser to disable cookies"), page);
    }

    @Test
    void theRequestsSwitchKeepsTheJarsCookiesOutOfIt(FxRobot robot) throws Exception {
        getTheForm(robot);
        robot.interact(() -> vm.catalogue().select(csrf, csrf.requests().get(2)));
        waitFor(() -> vm.composer().bodyTextProperty().get().contains("{{cookie.csrftoken}}"));
        robot.clickOn(robot.lookup(".tab-label")
                .match(n -> textOf(n).startsWith("Headers"))
                .queryAs(Node.class));
        waitFor(() -> robot.lookup("#composer-send-cookies").tryQuery().isPresent());
        CheckBox jar = robot.lookup("#composer-send-cookies").queryAs(CheckBox.class);
        assertTrue(jar.isSelected(), "on by default");
        robot.clickOn(jar);
        waitFor(() -> !vm.composer().extras().sendCookiesProperty().get());
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).startsWith("HTTP/1.1 403"));
        assertFalse(lastSent().headers().first("Cookie").isPresent(), "the switch is off");
        assertFalse(vm.cookies().all().isEmpty(), "the jar keeps its cookies");
        String page = WindowProbe.body(robot);
        assertTrue(page.contains("configured your browser to disable cookies"), page);
    }
}
