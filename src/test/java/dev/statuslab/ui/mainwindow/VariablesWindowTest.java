package dev.statuslab.ui.mainwindow;

import static dev.statuslab.ui.mainwindow.WindowProbe.statusLine;
import static dev.statuslab.ui.mainwindow.WindowProbe.text;
import static dev.statuslab.ui.mainwindow.WindowProbe.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.client.WireClient;
import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.core.workbench.Auth;
import dev.statuslab.ui.common.HeaderRow;
import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.common.VariableRow;
import dev.statuslab.ui.transcript.TranscriptDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.fxmisc.richtext.GenericStyledArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 10 item 5 in the real window against the real simulator: an unknown variable is marked
 * where it stands and named, hovering the URL shows what its variables stand for, the history and
 * the Raw tab show what was sent, "Added when sent" shows resolved values with secrets as ••••, an
 * exported transcript leaves a secret out, and the Environments dialog hides secret values.
 */
@ExtendWith(ApplicationExtension.class)
class VariablesWindowTest {

    @RegisterExtension
    static final WindowTestBed BED = new WindowTestBed();

    private static final StatusCatalog STATUSES = WindowTestBed.STATUSES;

    @TempDir
    static Path temp;

    private final Deque<Path> exportTargets = new ArrayDeque<>();
    private WireClient client;
    private ExecutorService background;
    private MainViewModel vm;

    @Start
    void start(Stage stage) {
        background = Executors.newFixedThreadPool(2);
        client = new WireClient(WireClient.Options.defaults());
        vm = WindowModels.inMemory(ScenarioCatalog.load(STATUSES), STATUSES, client, background, Platform::runLater)
                .withStore(null, temp.resolve("imports"))
                .build();
        new MainWindow(vm, stage, BED.prefs(), url -> {}, new TranscriptDialogs() {
            @Override
            public Optional<Path> exportTarget(Window owner, String suggestedName) {
                return Optional.ofNullable(exportTargets.poll());
            }

            @Override
            public Optional<Path> harToImport(Window owner) {
                return Optional.empty();
            }

            @Override
            public boolean confirmClear(Window owner, int count) {
                return true;
            }

            @Override
            public void showProblem(Window owner, String title, String message) {}
        });
        WindowProbe.sizeForTests(stage);
        stage.show();
        vm.simulatorStarted(BED.server().baseUri(), null);
    }

    @AfterEach
    void close() {
        client.close();
        background.shutdownNow();
    }

    private static String base() {
        return BED.server().baseUri().toString().replaceAll("/$", "");
    }

    /** An environment "local" with {@code code} = 418 and the secret {@code token}, made active. */
    private void local(FxRobot robot) {
        robot.interact(() -> {
            vm.environments().add("local");
            vm.environments().edit("local");
            vm.environments().rows().add(new VariableRow(true, "code", "418", false));
            vm.environments().rows().add(new VariableRow(true, "token", "s3cr3t-t0ken", true));
            vm.environments().apply();
            vm.environments().select("local");
        });
    }

    private static TextField urlField(FxRobot robot) {
        return robot.lookup("#composer-url").queryAs(TextField.class);
    }

    private static void setUrl(FxRobot robot, String text) {
        TextInputControl url = urlField(robot);
        robot.interact(() -> url.setText(text));
    }

    private static void openTab(FxRobot robot, String title) {
        robot.clickOn(robot.lookup(".tab-label")
                .match(n -> n instanceof Labeled l && l.getText().startsWith(title))
                .queryAs(Node.class));
    }

    private static Optional<String> shownTooltip(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof Tooltip t && t.isShowing())
                .map(w -> ((Tooltip) w).getText())
                .findFirst();
    }

    @Test
    void unknownVariableIsMarkedInTheUrlAndNamed(FxRobot robot) throws Exception {
        setUrl(robot, "{{simulator}}/status/{{code}}");

        TextField url = urlField(robot);
        waitFor(() -> url.getStyleClass().contains(Styles.UNKNOWN_VARIABLE));
        Labeled message = robot.lookup("#composer-url-note").queryAs(Labeled.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("Unknown variable {{code}} in the URL"), message.getText());
        assertTrue(message.getStyleClass().contains(Styles.FIELD_ERROR));

        // the wavy line lies under "{{code}}" and not under "{{simulator}}"
        waitFor(() -> !robot.lookup("." + Styles.VARIABLE_UNDERLINE).queryAll().isEmpty());
        Polyline wave = robot.lookup("." + Styles.VARIABLE_UNDERLINE).queryAs(Polyline.class);
        assertEquals("code", wave.getUserData());
        Bounds line = wave.localToScreen(wave.getBoundsInLocal());
        Bounds field = url.localToScreen(url.getBoundsInLocal());
        double textStart = field.getMinX() + url.getWidth() * 0.05;
        assertTrue(line.getMinX() > textStart + 50, "not at the start of the field: " + line + " in " + field);
        assertTrue(line.getMaxX() < field.getMaxX() && line.getMaxY() <= field.getMaxY() + 1, line + " in " + field);

        robot.clickOn("#composer-send");
        waitFor(() -> text(robot, "#status-message").contains("{{code}}"));
        assertTrue(vm.history().exchanges().isEmpty(), "nothing was sent");

        local(robot); // defined: the mark goes
        waitFor(() -> !url.getStyleClass().contains(Styles.UNKNOWN_VARIABLE));
        waitFor(() -> robot.lookup("." + Styles.VARIABLE_UNDERLINE).queryAll().isEmpty());
        assertFalse(message.getText().contains("{{code}}"), message.getText());

        // a header value cell holding an unknown variable is marked too, and named under the table
        openTab(robot, "Headers");
        robot.interact(() -> vm.composer().headers().add(new HeaderRow(true, "X-Trace", "{{trace}}")));
        waitFor(() -> robot.lookup("#composer-headers .text-field")
                .match(n -> n instanceof TextField f
                        && "{{trace}}".equals(f.getText())
                        && f.getStyleClass().contains(Styles.UNKNOWN_VARIABLE))
                .tryQuery()
                .isPresent());
        waitFor(() ->
                text(robot, "#composer-header-variables").startsWith("Unknown variable {{trace}} in the headers"));
    }

    @Test
    void hoverShowsTheResolvedUrl(FxRobot robot) throws Exception {
        local(robot);
        setUrl(robot, "{{simulator}}/status/{{code}}?key={{token}}");

        robot.moveTo("#composer-url");
        waitFor(() -> shownTooltip(robot).isPresent());
        String tip = shownTooltip(robot).orElseThrow();
        assertTrue(tip.contains("{{simulator}} → " + base()), tip);
        assertTrue(tip.contains("{{code}} → 418"), tip);
        assertTrue(tip.contains("{{token}} → ••••"), tip);
        assertTrue(tip.contains("Sends " + base() + "/status/418?key=••••"), tip);
        assertFalse(tip.contains("s3cr3t"), tip);
    }

    @Test
    void historyShowsTheResolvedUrl(FxRobot robot) throws Exception {
        local(robot);
        setUrl(robot, "{{simulator}}/status/{{code}}?key={{token}}");
        waitFor(() -> text(robot, "#composer-url-note").equals("Sends " + base() + "/status/418?key=••••"));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).startsWith("HTTP/1.1 418"));

        // the list shows the path as sent, the secret as ••••; the whole URL on hover
        String shown = "/status/418?key=••••";
        waitFor(() -> robot.lookup("#history-table .table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && shown.equals(c.getText()))
                .tryQuery()
                .isPresent());
        TableCell<?, ?> cell = robot.lookup("#history-table .table-cell")
                .match(n -> n instanceof TableCell<?, ?> c && shown.equals(c.getText()))
                .queryAs(TableCell.class);
        assertEquals(base() + shown, cell.getTooltip().getText());

        openTab(robot, "Raw"); // exactly what went on the wire
        waitFor(() -> raw(robot).contains("GET /status/418?key=s3cr3t-t0ken HTTP/1.1"));
        assertFalse(raw(robot).contains("{{"), raw(robot));
    }

    private static String raw(FxRobot robot) {
        return robot.lookup("#response-raw").queryAs(GenericStyledArea.class).getText();
    }

    @Test
    void addedWhenSentShowsTheResolvedValuesWithSecretsMasked(FxRobot robot) throws Exception {
        local(robot);
        setUrl(robot, "{{simulator}}/anything");
        robot.interact(() -> vm.composer().extras().authProperty().set(new Auth.Bearer("{{token}}")));
        openTab(robot, "Headers");

        waitFor(() -> robot.lookup("#composer-added-Authorization").tryQuery().isPresent());
        CheckBox host = robot.lookup("#composer-added-Host").queryAs(CheckBox.class);
        assertEquals("Host: " + BED.server().baseUri().getAuthority(), host.getText());
        CheckBox auth = robot.lookup("#composer-added-Authorization").queryAs(CheckBox.class);
        assertEquals("Authorization: Bearer •••• (from the Auth tab)", auth.getText());

        openTab(robot, "Auth"); // the token field: its value on hover, an unknown name marked
        TextField token = robot.lookup("#composer-auth-token").queryAs(TextField.class);
        assertEquals("{{token}} → ••••", token.getTooltip().getText());
        assertFalse(token.getStyleClass().contains(Styles.UNKNOWN_VARIABLE));
        robot.interact(() -> token.setText("{{nope}}"));
        waitFor(() -> token.getStyleClass().contains(Styles.UNKNOWN_VARIABLE));
        assertEquals("{{nope}} is not defined", token.getTooltip().getText());
    }

    @Test
    void exportedTranscriptLeavesSecretsOut(FxRobot robot) throws Exception {
        local(robot);
        setUrl(robot, "{{simulator}}/anything");
        robot.interact(() -> vm.composer().headers().add(new HeaderRow(true, "Authorization", "Bearer {{token}}")));
        robot.clickOn("#composer-send");
        waitFor(() -> statusLine(robot).equals("HTTP/1.1 200 OK"));
        waitFor(() -> WindowProbe.body(robot).contains("s3cr3t-t0ken")); // the simulator echoes what it got

        Path har = temp.resolve("secrets.har");
        exportTargets.add(har);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        waitFor(() -> text(robot, "#status-message").startsWith("Exported 1 exchange"));
        String written = Files.readString(har);
        assertFalse(written.contains("s3cr3t-t0ken"), written);
        assertTrue(written.contains("Bearer {{token}}"), written);
    }

    @Test
    void theEnvironmentsDialogHidesASecretsValueUntilShown(FxRobot robot) throws Exception {
        local(robot);
        Platform.runLater(() -> vm.environments().edit("local"));
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream()
                .filter(m -> m.getText().equals("_Request"))
                .flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-edit-environments".equals(i.getId()))
                .findFirst()
                .orElseThrow();
        Platform.runLater(item::fire); // the dialog waits for its answer: not inside interact
        waitFor(() -> robot.lookup("#environments-reveal").tryQuery().isPresent());

        waitFor(() -> robot.lookup("#environment-variables .password-field")
                .match(n -> n instanceof PasswordField p && p.getText().equals("s3cr3t-t0ken") && p.isVisible())
                .tryQuery()
                .isPresent());
        assertFalse(
                robot.lookup("#environment-variables .text-field")
                        .match(n -> n instanceof TextField f
                                && !(f instanceof PasswordField)
                                && "s3cr3t-t0ken".equals(f.getText())
                                && f.getScene() != null
                                && f.getParent() != null)
                        .tryQuery()
                        .isPresent(),
                "the value is not shown in plain text");

        robot.clickOn("#environments-reveal");
        waitFor(() -> robot.lookup("#environment-variables .text-field")
                .match(n ->
                        n instanceof TextField f && !(f instanceof PasswordField) && "s3cr3t-t0ken".equals(f.getText()))
                .tryQuery()
                .isPresent());
        DialogPane pane = robot.lookup(".dialog-pane")
                .match(p -> p.lookup("#environments-list") != null)
                .queryAs(DialogPane.class);
        robot.clickOn(pane.lookupButton(ButtonType.CLOSE));
        waitFor(() -> robot.lookup("#environments-list").tryQuery().isEmpty());
    }
}
