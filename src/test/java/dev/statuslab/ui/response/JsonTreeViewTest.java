package dev.statuslab.ui.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.http.Body;
import dev.statuslab.core.http.Headers;
import dev.statuslab.core.http.StatusLine;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 16, item 8: JSON folding, a Tree view beside Pretty/Raw. */
@ExtendWith(ApplicationExtension.class)
class JsonTreeViewTest {

    private ResponseViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(
                Objects.requireNonNull(JsonTreeViewTest.class.getResource(ResponseViewTest.PRIMER_LIGHT))
                        .toExternalForm());
        vm = new ResponseViewModel(new BodyViewModel(Runnable::run, Runnable::run));
        ResponseView view = new ResponseView(vm);
        stage.setScene(new Scene(new StackPane(view.node()), 900, 600));
        stage.show();
    }

    @Test
    void theTreeViewFoldsAJsonBodyBeyondTheSecondLevel(FxRobot robot) {
        robot.interact(() -> vm.show(Exchanges.response(
                Exchanges.request("GET", "/api/messages/1/"),
                new StatusLine("HTTP/1.1", 200, "OK"),
                Headers.of("Content-Type", "application/json"),
                Body.of("{\"id\": 1, \"author\": {\"name\": \"Ada\", \"tags\": [\"a\", \"b\"]}}"))));
        robot.clickOn("#response-tree");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TreeView<String> tree = robot.lookup("#response-json-tree").queryAs(TreeView.class);
        assertTrue(tree.isVisible(), "the tree takes the body's place");
        assertFalse(robot.lookup("#response-body").query().getParent().isVisible());
        TreeItem<String> root = tree.getRoot();
        assertEquals("(root) {2}", root.getValue());
        assertTrue(root.isExpanded());
        assertEquals("id: 1", root.getChildren().get(0).getValue());
        TreeItem<String> author = root.getChildren().get(1);
        assertEquals("author {2}", author.getValue());
        assertTrue(author.isExpanded(), "the second level is open");
        TreeItem<String> tags = author.getChildren().get(1);
        assertEquals("tags [2]", tags.getValue());
        assertFalse(tags.isExpanded(), "deeper levels are folded");
        assertEquals("[0]: \"a\"", tags.getChildren().get(0).getValue());
        assertEquals("name: \"Ada\"", author.getChildren().get(0).getValue());

        robot.clickOn("#response-tree");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(tree.isVisible());
        assertTrue(robot.lookup("#response-body").query().getParent().isVisible(), "Tree off shows the text again");
    }
}
