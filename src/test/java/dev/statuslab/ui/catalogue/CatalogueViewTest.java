package dev.statuslab.ui.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.scenario.ScenarioCatalog;
import dev.statuslab.core.status.StatusCatalog;
import dev.statuslab.ui.common.ActionControls;
import dev.statuslab.ui.common.ActionRegistry;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The catalogue in a real (headless) window: search, click, Enter. */
@ExtendWith(ApplicationExtension.class)
class CatalogueViewTest {

    private CatalogueViewModel vm;
    private final AtomicInteger activations = new AtomicInteger();

    @Start
    void start(Stage stage) {
        // AtlantaFX's theme by its stylesheet: its classes are Java 21 class files (see the report).
        Application.setUserAgentStylesheet(
                Objects.requireNonNull(getClass().getResource("/atlantafx/base/theme/primer-light.css"))
                        .toExternalForm());
        vm = new CatalogueViewModel(ScenarioCatalog.load(StatusCatalog.load()));
        ActionRegistry actions = new ActionRegistry();
        CatalogueView view = new CatalogueView(vm, activations::incrementAndGet, actions);
        Scene scene = new Scene(new StackPane(view.node()), 380, 600);
        ActionControls.installAccelerators(scene, actions); // the keys the window's menu bar would hold
        scene.getStylesheets()
                .add(Objects.requireNonNull(getClass().getResource("/dev/statuslab/ui/app.css"))
                        .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static TreeView<CatalogueItem> tree(FxRobot robot) {
        return robot.lookup("#catalogue-tree").queryAs(TreeView.class);
    }

    @Test
    void searchingThenClickingARowSelectsItAndEnterActivatesIt(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("csrf");
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<CatalogueItem> tree = tree(robot);
        TreeItem<CatalogueItem> tutorial = tree.getRoot().getChildren().get(0);
        assertEquals("Tutorial", tutorial.getValue().text());
        assertTrue(tutorial.isExpanded());
        assertEquals(1, tree.getRoot().getChildren().size());

        robot.clickOn("CSRF protection (beyond the tutorial)");
        assertEquals("csrf", vm.selectedScenarioProperty().get().id());
        assertEquals("GET", vm.selectedRequestProperty().get().method());
        assertTrue(tree.getSelectionModel().getSelectedItem().isExpanded(), "the selected scenario opens");

        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        assertEquals(
                "POST without the token: CSRF verification failed",
                vm.selectedRequestProperty().get().label());
        robot.type(KeyCode.ENTER);
        assertEquals(1, activations.get());

        robot.doubleClickOn("protected form (sets the csrftoken cookie)");
        assertEquals("GET", vm.selectedRequestProperty().get().method());
        assertEquals(2, activations.get());
    }

    @Test
    void shortcutFFocusesTheSearchAndDownMovesToTheTree(FxRobot robot) {
        robot.clickOn("Tutorial");
        robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        TextField search = robot.lookup("#catalogue-search").queryAs(TextField.class);
        assertTrue(search.isFocused());

        robot.write("ping").type(KeyCode.DOWN);
        assertTrue(tree(robot).isFocused());
        assertEquals("cbv-ping", vm.selectedScenarioProperty().get().id());
    }

    @Test
    void aSelectionMadeInTheViewModelIsShownInTheTree(FxRobot robot) {
        robot.interact(() -> {
            var json = vm.catalogProperty().get().find("json-api").orElseThrow();
            vm.select(json, json.requests().get(2));
        });
        TreeItem<CatalogueItem> selected = tree(robot).getSelectionModel().getSelectedItem();
        assertNotNull(selected);
        assertEquals("POST malformed JSON", selected.getValue().text());
        assertEquals("json-api", vm.selectedScenarioProperty().get().id(), "showing it does not change it");
        assertEquals("POST malformed JSON", vm.selectedRequestProperty().get().label());
    }

    @Test
    void longTitlesWrapInsteadOfBeingCut(FxRobot robot) {
        robot.interact(() ->
                robot.lookup("#catalogue-tree").query().getScene().getWindow().setWidth(200));
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> row = row(robot, "Form submitted successfully");
        Text shown = row.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(Text.class::cast)
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Form submitted successfully",
                shown.getText().replace("\n", " ").trim(),
                "the title is shown whole; row " + row.getWidth() + "x" + row.getHeight() + ", pref h "
                        + row.prefHeight(row.getWidth()) + ", text at " + shown.getLayoutX() + " wrapping "
                        + shown.getWrappingWidth());
    }

    @Test
    void aSearchMatchAmongAScenariosRequestsIsExpandedAndReadsCodeThenLabel(FxRobot robot) {
        robot.clickOn("#catalogue-search").write("malformed");
        WaitForAsyncUtils.waitForFxEvents();
        TreeItem<CatalogueItem> api = tree(robot).getRoot().getChildren().get(0).getChildren().stream()
                .filter(i -> i.getValue().text().equals("JSON API"))
                .findFirst()
                .orElseThrow();
        assertTrue(api.isExpanded(), "the scenario whose request matched is open");

        TreeCell<?> row = row(robot, "malformed JSON");
        List<String> before = ((Parent) row.getGraphic())
                .getChildrenUnmodifiable().stream()
                        .map(n -> ((Labeled) n).getText())
                        .toList();
        assertEquals(List.of("400", "·"), before, "the code, then the label without the method");
        assertEquals(ContentDisplay.LEFT, row.getContentDisplay());
    }

    @Test
    void subRowsTakeOneLineCutWithAnEllipsisAndTheWholeLabelOnHover(FxRobot robot) {
        // The catalogue's width in a 1024-wide window (the left pane at its minimum, 250). The test
        // stage is shared: a main window shown on it before left its minimum width (900) behind.
        robot.interact(() -> {
            Stage window =
                    (Stage) robot.lookup("#catalogue-tree").query().getScene().getWindow();
            window.setMinWidth(0);
            window.setWidth(240);
        });
        robot.interact(() -> {
            var csrf = vm.catalogProperty().get().find("csrf").orElseThrow();
            vm.select(csrf, csrf.requests().get(2));
            var json = vm.catalogProperty().get().find("json-api").orElseThrow();
            vm.select(json, json.requests().get(0));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> complete = row(robot, "complete message");
        assertEquals(
                "201",
                ((Labeled) ((Parent) complete.getGraphic())
                                .getChildrenUnmodifiable()
                                .get(0))
                        .getText());
        assertEquals("POST a complete message", complete.getTooltip().getText(), "the whole label on hover");

        String longest = "with the csrftoken cookie and its token {{cookie.csrftoken}}: accepted, 302";
        TreeCell<?> row = row(robot, longest);
        Text shown = shownText(row);
        assertFalse(shown.getText().contains("\n"), "one line: " + shown.getText());
        assertTrue(shown.getText().endsWith("…"), "cut with an ellipsis: " + shown.getText());
        assertTrue(
                row.getTooltip().getText().contains(longest),
                "the whole label on hover: " + row.getTooltip().getText());
        assertEquals(
                complete.getHeight(),
                row.getHeight(),
                0.5,
                "as high as a sub-row that fits, so the text is not cut off below");
        javafx.geometry.Bounds text = row.sceneToLocal(shown.localToScene(shown.getLayoutBounds()));
        assertTrue(
                text.getMaxX() <= row.getWidth() + 0.5 && text.getMaxY() <= row.getHeight() + 0.5,
                "the text lies inside its row: " + text + " in " + row.getWidth() + "x" + row.getHeight());
    }

    private static Text shownText(TreeCell<?> row) {
        return row.getChildrenUnmodifiable().stream()
                .filter(Text.class::isInstance)
                .map(Text.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static TreeCell<?> row(FxRobot robot, String text) {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> text.equals(c.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row titled " + text));
    }
}
