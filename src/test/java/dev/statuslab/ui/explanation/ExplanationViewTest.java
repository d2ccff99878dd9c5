package dev.statuslab.ui.explanation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.response.Exchanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The explanation pane in a real (headless) window. */
@ExtendWith(ApplicationExtension.class)
class ExplanationViewTest {

    private final List<String> opened = new ArrayList<>();
    private ExplanationViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(
                Objects.requireNonNull(ExplanationViewTest.class.getResource("/atlantafx/base/theme/primer-light.css"))
                        .toExternalForm());
        vm = new ExplanationViewModel(StatusCatalog.load());
        ExplanationView view = new ExplanationView(vm, opened::add);
        Scene scene = new Scene(new VBox(view.node()), 420, 700);
        scene.getStylesheets()
                .add(Objects.requireNonNull(ExplanationViewTest.class.getResource("/dev/statuslab/ui/app.css"))
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aRedirectWithoutLocationIsExplainedWithAFailedCheck(FxRobot robot) {
        robot.interact(() -> vm.show(Exchanges.response(
                Exchanges.request("POST", "/contact/"),
                new StatusLine("HTTP/1.1", 302, "Found"),
                Headers.empty(),
                Body.empty())));

        assertTrue(robot.lookup("#explanation").query() instanceof ScrollPane);
        assertEquals(
                "302 Found",
                robot.lookup("#explanation-title").queryAs(Label.class).getText());
        StatusBadge badge = robot.lookup("#explanation-badge").queryAs(StatusBadge.class);
        assertTrue(badge.getPseudoClassStates().contains(Styles.REDIRECTION));
        assertEquals(
                "Redirection",
                robot.lookup("#explanation-class").queryAs(Label.class).getText());

        VBox checks = robot.lookup("#explanation-checks").queryAs(VBox.class);
        assertEquals(1, checks.getChildren().size());
        Label mark = robot.from(checks).lookup("." + Styles.CHECK_MISSING).queryAs(Label.class);
        assertEquals("✗", mark.getText());
        assertTrue(robot.from(checks).lookup("Location").tryQuery().isPresent());
        assertTrue(robot.from(checks).lookup("missing").tryQuery().isPresent());

        CodeArea snippet = robot.lookup("#explanation-django-snippet").queryAs(CodeArea.class);
        assertEquals("return redirect('contact')", snippet.getText());
        assertFalse(snippet.isEditable());

        Hyperlink rfc = robot.lookup("#explanation-rfc").queryAs(Hyperlink.class);
        assertEquals("RFC 9110 §15.4.3", rfc.getText());
        robot.interact(rfc::fire);
        assertEquals(List.of("https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3"), opened);
    }

    @Test
    void aRedirectWithLocationGetsATick(FxRobot robot) {
        robot.interact(() -> vm.show(Exchanges.response(
                Exchanges.request("POST", "/contact/"),
                new StatusLine("HTTP/1.1", 302, "Found"),
                Headers.of("Location", "/contact/"),
                Body.empty())));

        Label mark = robot.from(robot.lookup("#explanation-checks").queryAs(VBox.class))
                .lookup("." + Styles.CHECK_OK)
                .queryAs(Label.class);
        assertEquals("✓", mark.getText());
    }

    @Test
    void aFailedExchangeShowsOnlyWhyThereIsNoResponse(FxRobot robot) {
        robot.interact(() -> vm.show(Exchanges.failed(Exchanges.get("/"), "Connection refused")));

        Label placeholder = robot.lookup("#explanation-placeholder").queryAs(Label.class);
        assertTrue(placeholder.isVisible());
        assertEquals("No response: Connection refused", placeholder.getText());
        assertFalse(robot.lookup("#explanation-details")
                .tryQuery()
                .map(Node::isVisible)
                .orElse(false));
    }

    @Test
    void explanationOpensAtTheTopForANewCode(FxRobot robot) {
        robot.interact(() -> vm.show(Exchanges.response(
                Exchanges.request("POST", "/contact/"),
                new StatusLine("HTTP/1.1", 302, "Found"),
                Headers.empty(),
                Body.empty())));
        ScrollPane scroll = robot.lookup("#explanation").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1));
        assertEquals(1, scroll.getVvalue(), 0.001, "scrolled to the end of the 302's text");

        robot.interact(() -> vm.show(Exchanges.response(
                Exchanges.request("GET", "/forbidden/"),
                new StatusLine("HTTP/1.1", 403, "Forbidden"),
                Headers.empty(),
                Body.empty())));

        assertEquals(0, scroll.getVvalue(), 0.001, "a new code opens at its top");
        Label title = robot.lookup("#explanation-title").queryAs(Label.class);
        assertEquals("403 Forbidden", title.getText());
        assertFalse(isInside(title, scroll), "the title is pinned above the scrolling text");
        assertTrue(
                title.localToScene(title.getBoundsInLocal()).getMinY()
                        < scroll.localToScene(scroll.getBoundsInLocal()).getMinY(),
                "the title stands above it");
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theFindingsComeFirstInThePaneWithTheirLinkAndFix(FxRobot robot) {
        robot.interact(() -> vm.show(Exchanges.response(
                Exchanges.request("POST", "/contact/"),
                new StatusLine("HTTP/1.1", 302, "Found"),
                Headers.empty(),
                Body.empty())));

        VBox section = robot.lookup("#findings").queryAs(VBox.class);
        assertTrue(section.isVisible());
        VBox content = (VBox) section.getParent();
        assertEquals(0, content.getChildren().indexOf(section), "the Findings section is at the top");
        VBox list = robot.lookup("#findings-list").queryAs(VBox.class);
        assertEquals(vm.findings().findings().size(), list.getChildren().size());
        Label firstLevel = robot.from(list.getChildren().get(0))
                .lookup("." + Styles.FINDING_LEVEL)
                .queryAs(Label.class);
        assertEquals("error", firstLevel.getText());
        assertTrue(robot.from(list.getChildren().get(0))
                .lookup((Label l) -> l.getText().startsWith("302 without Location"))
                .tryQuery()
                .isPresent());
        assertTrue(robot.from(list.getChildren().get(0))
                .lookup((Label l) -> l.getText().startsWith("Fix: Send the field"))
                .tryQuery()
                .isPresent());
        Hyperlink link =
                robot.from(list.getChildren().get(0)).lookup(".hyperlink").queryAs(Hyperlink.class);
        assertEquals("RFC 9110 §15.4.3 · status.required-field", link.getText());
        robot.interact(link::fire);
        assertEquals(List.of("https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3"), opened);
    }
}
