package dev.statuslab.ui.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Header;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.core.transcript.Timings;
import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.common.Styles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The response pane in a real (headless) window. */
@ExtendWith(ApplicationExtension.class)
class ResponseViewTest {

    /** AtlantaFX 2.1.0's classes need Java 21; its stylesheet is plain CSS and loads on 17. */
    static final String PRIMER_LIGHT = "/atlantafx/base/theme/primer-light.css";

    static final String APP_CSS = "/dev/statuslab/ui/app.css";

    @TempDir
    Path dir;

    private ResponseViewModel vm;
    private Path saveTarget;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(Objects.requireNonNull(ResponseViewTest.class.getResource(PRIMER_LIGHT))
                .toExternalForm());
        vm = new ResponseViewModel(new BodyViewModel(Runnable::run, Runnable::run));
        ResponseView view = new ResponseView(vm, (owner, name) -> saveTarget == null ? null : saveTarget.toFile());
        Scene scene = new Scene(new StackPane(view.node()), 900, 600);
        scene.getStylesheets()
                .add(Objects.requireNonNull(ResponseViewTest.class.getResource(APP_CSS))
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void ctrlFInTheBodyFindsEveryMatchWithACountAndNextPrevious(FxRobot robot) throws Exception {
        robot.interact(() -> vm.show(Exchanges.response(
                Exchanges.request("GET", "/messages/"),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Type", "text/plain"),
                Body.of("Ada wrote\nnobody else\nADA again\nand ada"))));
        CodeArea area = robot.lookup("#response-body").queryAs(CodeArea.class);
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#response-find-bar").query().isVisible(), "Ctrl+F in the body opens the find bar");
        robot.write("ada");
        Label count = robot.lookup("#response-find-count").queryAs(Label.class);
        assertEquals("1 of 3", count.getText());
        assertEquals("Ada", area.getSelectedText());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertEquals("2 of 3", count.getText());
        assertEquals("ADA", area.getSelectedText());
        robot.clickOn("#response-find-previous").clickOn("#response-find-previous");
        assertEquals("3 of 3", count.getText());
        assertEquals(area.getText().lastIndexOf("ada"), area.getSelection().getStart());
        robot.clickOn("#response-find").write("zzz");
        assertEquals("No matches", count.getText());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#response-find-bar").query().isVisible());
    }

    @Test
    void beforeAnythingTheEmptyStateIsShown(FxRobot robot) {
        Label placeholder = robot.lookup("#response-placeholder").queryAs(Label.class);
        assertEquals("Send a request to see the response", placeholder.getText());
        assertTrue(placeholder.getParent().isVisible());
        assertTrue(robot.lookup("#response-tabs").tryQuery().isEmpty(), "the tabs are built when first needed");
    }

    @Test
    void aJsonResponseShowsItsStatusLineHeadersColouredBodyAndRawMessage(FxRobot robot) {
        Headers headers = Headers.of("Content-Type", "application/json", "X-Frame-Options", "DENY");
        robot.interact(() -> vm.show(Exchanges.response(
                Exchanges.request("POST", "/api/messages/"),
                new StatusLine("HTTP/1.1", 201, "Created"),
                headers,
                Body.of("{\"message\":\"Created\"}"))));

        assertEquals(
                "HTTP/1.1 201 Created",
                robot.lookup("#response-status-line").queryAs(Label.class).getText());
        StatusBadge badge = robot.lookup("#response-badge").queryAs(StatusBadge.class);
        assertEquals("201", badge.getText());
        assertTrue(badge.getPseudoClassStates().contains(Styles.SUCCESS));
        assertEquals("8 ms", robot.lookup("#response-time").queryAs(Label.class).getText());

        CodeArea body = robot.lookup("#response-body").queryAs(CodeArea.class);
        assertEquals("{\n  \"message\": \"Created\"\n}", body.getText());
        assertFalse(body.isEditable());
        assertTrue(
                body.getStyleOfChar(5).contains("json-key"),
                body.getStyleOfChar(5).toString());

        robot.clickOn("#response-body-raw");
        assertEquals("{\"message\":\"Created\"}", body.getText());

        TabPane tabs = robot.lookup("#response-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        TableView<Header> table = robot.lookup("#response-headers").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertEquals("X-Frame-Options", table.getItems().get(1).name());
        assertEquals("Headers (2)", tabs.getTabs().get(1).getText());

        robot.interact(() -> tabs.getSelectionModel().select(2));
        CodeArea raw = robot.lookup("#response-raw").queryAs(CodeArea.class);
        assertTrue(
                raw.getText()
                        .endsWith(" HTTP/1.1\n\n"
                                + "HTTP/1.1 201 Created\nContent-Type: application/json\nX-Frame-Options: DENY\n\n"
                                + "{\"message\":\"Created\"}"),
                "the request head as sent, then the response: " + raw.getText());
    }

    @Test
    void aFailedExchangeShowsTheFailureInsteadOfTabs(FxRobot robot) {
        robot.interact(() -> vm.show(Exchanges.failed(Exchanges.get("/"), "Connection refused")));

        Node failure = robot.lookup("#response-failure").query();
        assertTrue(failure.isVisible());
        assertEquals("No response: Connection refused", ((Label) failure).getText());
        assertEquals(
                "ERR",
                robot.lookup("#response-badge").queryAs(StatusBadge.class).getText());
        assertFalse(robot.lookup("#response-tabs").query().isVisible());
    }

    @Test
    void aCappedBodyOffersShowAllAndSave(FxRobot robot) throws Exception {
        Path file = dir.resolve("big.txt");
        Files.write(file, "x".repeat(3 * 1024 * 1024).getBytes());
        robot.interact(() -> vm.show(Exchanges.response(
                Exchanges.get("/big/"),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Type", "text/plain"),
                Body.ofFile(file, 3 * 1024 * 1024))));

        assertTrue(robot.lookup("#response-capped-bar").query().isVisible());
        assertEquals(
                "Showing the first 2 MB of 3 MB",
                robot.lookup("#response-body-notice").queryAs(Label.class).getText());

        saveTarget = dir.resolve("saved.txt");
        robot.clickOn("#response-save");
        assertEquals(3 * 1024 * 1024, Files.size(saveTarget));
        assertEquals(
                "Saved 3 MB to " + saveTarget.toAbsolutePath(),
                robot.lookup("#response-message").queryAs(Label.class).getText());

        robot.clickOn("#response-show-all");
        assertFalse(robot.lookup("#response-capped-bar").query().isVisible());
        assertEquals(
                3 * 1024 * 1024,
                robot.lookup("#response-body").queryAs(CodeArea.class).getLength());
    }

    @Test
    void timingsAreAWaterfallBesideTheTotalWithTheNumbersOnHover(FxRobot robot) {
        Exchange tls = new Exchange(
                "ex-tls",
                Instant.parse("2026-12-04T10:00:00Z"),
                Exchanges.request("GET", "/simple/"),
                Exchanges.response(200, "OK", Headers.empty(), "OK").response(),
                null,
                "GET / HTTP/1.1\r\n\r\n",
                "HTTP/1.1 200 OK\r\n\r\n",
                new Timings(0, 2, 10, 6, 1, 20, 7));
        robot.interact(() -> vm.show(tls));

        HBox bar = robot.lookup("#response-timings").queryAs(HBox.class);
        assertTrue(bar.isVisible());
        List<String> phases =
                bar.getChildren().stream().map(n -> n.getStyleClass().get(1)).toList();
        assertEquals(
                List.of(
                        "timing-queued",
                        "timing-dns",
                        "timing-connect",
                        "timing-tls",
                        "timing-send",
                        "timing-wait",
                        "timing-receive"),
                phases);
        // Connect is the TCP part (10 - 6 = 4 ms of 40): a tenth of the bar; Wait (20 ms) half of it.
        assertEquals(TimingBar.WIDTH * 4 / 40, ((Region) bar.getChildren().get(2)).getWidth(), 0.5);
        assertEquals(TimingBar.WIDTH * 20 / 40, ((Region) bar.getChildren().get(5)).getWidth(), 0.5);
        assertTrue(bar.getAccessibleText().contains("TLS           6.0 ms"), bar.getAccessibleText());
        assertEquals(
                "40 ms", robot.lookup("#response-time").queryAs(Label.class).getText());
    }

    @Test
    void anEmptyBodySaysNoBodyWithTheReason(FxRobot robot) {
        robot.interact(() -> vm.show(Exchanges.response(204, "No Content", Headers.empty(), "")));
        Label noBody = robot.lookup("#response-no-body").queryAs(Label.class);
        assertTrue(noBody.isVisible());
        assertEquals("No body: 204 No Content never has one (RFC 9110 §15.3.5)", noBody.getText());

        robot.interact(() -> vm.show(Exchanges.response(
                Exchanges.request("HEAD", "/ping/"),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Length", "4"),
                Body.empty())));
        assertTrue(
                noBody.getText().startsWith("No body: the answer to a HEAD request never has one"), noBody.getText());

        robot.interact(() -> vm.show(Exchanges.response(200, "OK", Headers.of("Content-Length", "0"), "")));
        assertEquals("No body: the server sent Content-Length: 0", noBody.getText());

        robot.interact(() -> vm.show(Exchanges.response(200, "OK", Headers.empty(), "pong")));
        assertFalse(noBody.isVisible(), "a body is shown, not the notice");
    }

    @Test
    void prettyAndRawAreASegmentedToggleOnlyForJsonAndWrapCanBeTurnedOff(FxRobot robot) {
        robot.interact(() ->
                vm.show(Exchanges.response(200, "OK", Headers.of("Content-Type", "application/json"), "{\"a\": 1}")));
        Node pretty = robot.lookup("#response-pretty").query();
        assertTrue(pretty.getParent().isVisible() && !pretty.isDisabled(), "an active toggle, not a disabled control");
        assertTrue(pretty.getStyleClass().contains("left-pill"));

        robot.interact(() -> vm.show(Exchanges.response(200, "OK", Headers.of("Content-Type", "text/plain"), "pong")));
        assertFalse(pretty.getParent().isVisible(), "no Pretty for plain text");

        CodeArea area = robot.lookup("#response-body").queryAs(CodeArea.class);
        assertTrue(area.isWrapText());
        robot.clickOn("#response-wrap");
        assertFalse(area.isWrapText());
    }
}
