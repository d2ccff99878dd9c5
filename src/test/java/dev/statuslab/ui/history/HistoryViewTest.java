package dev.statuslab.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.response.Exchanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The history in a real (headless) window. */
@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {

    private final List<Exchange> resent = new ArrayList<>();
    private final List<Exchange> followed = new ArrayList<>();
    private final HistoryViewModel vm = new HistoryViewModel();
    private final Exchange ok = Exchanges.response(200, "OK", Headers.empty(), "OK");
    private final Exchange redirect = Exchanges.response(
            Exchanges.request("POST", "/contact/"),
            new StatusLine("HTTP/1.1", 302, "Found"),
            Headers.of("Location", "/contact/"),
            Body.empty());

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(
                Objects.requireNonNull(HistoryViewTest.class.getResource("/atlantafx/base/theme/primer-light.css"))
                        .toExternalForm());
        ActionRegistry actions = new ActionRegistry();
        for (ActionId windowCommand :
                List.of(ActionId.EXPORT_ALL, ActionId.EXPORT_CHOSEN, ActionId.IMPORT_HAR, ActionId.CLEAR_HISTORY)) {
            actions.register(windowCommand, () -> {});
        }
        HistoryView view =
                new HistoryView(vm, actions, new HistoryView.RowCommands(resent::add, resent::add, followed::add));
        vm.add(ok);
        vm.add(redirect);
        Scene scene = new Scene(new StackPane(view.node()), 900, 300);
        scene.getStylesheets()
                .add(Objects.requireNonNull(HistoryViewTest.class.getResource("/dev/statuslab/ui/app.css"))
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void selectingARowSelectsItAndEnablesItsActions(FxRobot robot) {
        Button edit = robot.lookup("#history-edit-resend").queryButton();
        Button follow = robot.lookup("#history-follow").queryButton();
        assertTrue(edit.isDisabled());
        assertTrue(follow.isDisabled());

        robot.clickOn("/contact/");

        assertEquals(redirect, vm.selectedProperty().get());
        assertFalse(edit.isDisabled());
        assertFalse(follow.isDisabled());
        robot.clickOn(follow);
        assertEquals(List.of(redirect), followed);

        robot.clickOn("/x/");
        assertEquals(ok, vm.selectedProperty().get());
        assertTrue(follow.isDisabled());
    }

    @Test
    void enterOnARowIsEditAndResend(FxRobot robot) {
        robot.clickOn("/x/");
        robot.type(KeyCode.ENTER);

        assertEquals(List.of(ok), resent);
    }

    @Test
    void rowsAreNewestFirstWithABadgePerStatus(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<Exchange> table = robot.lookup("#history-table").queryAs(TableView.class);
        assertEquals(List.of(redirect, ok), table.getItems());
        List<String> badges = robot.from(table).lookup(".status-badge").queryAllAs(StatusBadge.class).stream()
                .map(StatusBadge::getText)
                .toList();
        assertEquals(List.of("302", "200"), badges);

        robot.interact(() -> vm.select(ok));
        assertEquals(ok, table.getSelectionModel().getSelectedItem());
    }
}
