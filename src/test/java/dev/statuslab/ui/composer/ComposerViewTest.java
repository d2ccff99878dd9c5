package dev.statuslab.ui.composer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.FieldChecks;
import dev.statuslab.ui.common.Styles;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The composer in a real (headless) window: messages, Send's state, keyboard. */
@ExtendWith(ApplicationExtension.class)
class ComposerViewTest {

    private final ComposerViewModel vm = new ComposerViewModel();
    private final SimpleBooleanProperty sending = new SimpleBooleanProperty();
    private final AtomicInteger sends = new AtomicInteger();
    private final AtomicInteger cancels = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(
                Objects.requireNonNull(getClass().getResource("/atlantafx/base/theme/primer-light.css"))
                        .toExternalForm());
        vm.urlProperty().set("http://127.0.0.1:8000/simple/");
        ComposerView view =
                new ComposerView(vm, new ActionRegistry(), sends::incrementAndGet, cancels::incrementAndGet, sending);
        Scene scene = new Scene(new StackPane(view.node()), 800, 500);
        scene.getStylesheets()
                .add(Objects.requireNonNull(getClass().getResource("/dev/statuslab/ui/app.css"))
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    @Test
    void aBadMethodShowsItsMessageAndDisablesSend(FxRobot robot) {
        Node method = robot.lookup("#composer-method").query();
        assertEquals(Optional.empty(), FieldChecks.messageOf(method));
        assertFalse(button(robot, "#composer-send").isDisabled());

        robot.doubleClickOn("#composer-method")
                .press(KeyCode.SHORTCUT, KeyCode.A)
                .release(KeyCode.A, KeyCode.SHORTCUT)
                .write("GE T");

        assertEquals("GE T", vm.methodProperty().get());
        assertEquals(
                Optional.of("Method must be a token: letters, digits and !#$%&'*+-.^_`|~"),
                FieldChecks.messageOf(method),
                "the field is marked with the message");
        assertTrue(button(robot, "#composer-send").isDisabled());
        assertTrue(
                robot.lookup("#composer-method").query().getPseudoClassStates().contains(Styles.INVALID));

        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        assertEquals(0, sends.get(), "nothing is sent while the method is invalid");
    }

    @Test
    void aTypedUrlWithSpacesIsSentEncodedAndShowsItsEncodedForm(FxRobot robot) {
        robot.clickOn("#composer-url").type(KeyCode.END).write("a b");
        assertEquals("http://127.0.0.1:8000/simple/a b", vm.urlProperty().get());
        assertFalse(button(robot, "#composer-send").isDisabled(), "a space is encoded, not refused");
        Label note = robot.lookup("#composer-url-note").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertEquals("Sent as http://127.0.0.1:8000/simple/a%20b", note.getText());
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        assertEquals(1, sends.get());
    }

    @Test
    void aBodyOnGetShowsANoteAndOneClickStopsSendingIt(FxRobot robot) {
        robot.clickOn("Body");
        robot.interact(() -> vm.bodyKindProperty().set(BodyKind.TEXT));
        robot.clickOn("#composer-body").write("ignored?");
        Label note = robot.lookup("#composer-body-on-get").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertEquals("GET with a body: most servers ignore it", note.getText());
        robot.clickOn("#composer-body-dont-send");
        assertFalse(note.isVisible());
        assertEquals(BodyKind.NONE, vm.bodyKindProperty().get());
        assertTrue(vm.buildRequest().orElseThrow().body().isEmpty());
        assertEquals("ignored?", vm.bodyTextProperty().get(), "the text stays in the editor");
    }

    @Test
    void typingAQueryInTheUrlFillsTheParamsTab(FxRobot robot) {
        robot.clickOn("#composer-url").type(KeyCode.END).write("?q=a%20b");
        assertEquals(1, vm.queryParams().size());
        assertEquals("a b", vm.queryParams().get(0).getValue());
        robot.clickOn("Params (1)");
        TextField value = robot.lookup("#composer-params .text-field").nth(1).queryAs(TextField.class);
        assertEquals("a b", value.getText());
    }

    @Test
    void shortcutEnterSendsFromTheBodyAndEscapeCancelsWhileSending(FxRobot robot) {
        robot.clickOn("Body");
        robot.clickOn("#composer-body").write("hello");
        robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        assertEquals(1, sends.get());
        assertEquals("hello", vm.bodyTextProperty().get(), "Ctrl+Enter adds no line break");

        robot.interact(() -> sending.set(true));
        assertTrue(robot.lookup("#composer-cancel").query().isVisible());
        assertTrue(button(robot, "#composer-send").isDisabled());
        robot.type(KeyCode.ESCAPE);
        assertEquals(1, cancels.get());
        robot.interact(() -> sending.set(false));
        assertFalse(robot.lookup("#composer-cancel").query().isVisible());
    }

    @Test
    void theHeadersTabCountsRowsAndNamesABadOne(FxRobot robot) {
        robot.clickOn("Headers");
        robot.clickOn("#composer-headers-add").write("X-Demo");
        assertEquals("X-Demo", vm.headers().get(0).getName());
        robot.type(KeyCode.TAB).write("a b");
        assertEquals("a b", vm.headers().get(0).getValue());
        robot.lookup("Headers (1)").query();

        robot.clickOn("#composer-headers-add").write("Bad Name");
        Label error = robot.lookup("#composer-header-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith("Header row 2: 'Bad Name'"), error.getText());
        assertTrue(button(robot, "#composer-send").isDisabled());

        robot.clickOn("#composer-headers-remove");
        assertEquals(1, vm.headers().size());
        assertFalse(error.isVisible());
    }
}
