package dev.statuslab.ui.mainwindow;

import dev.statuslab.ui.catalogue.CatalogueItem;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.fxmisc.richtext.GenericStyledArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Reading the real window in TestFX tests: what the composer, the response and the explanation show. */
final class WindowProbe {

    private WindowProbe() {}

    /**
     * Clicks a scenario's row in the catalogue. Looked up inside the catalogue tree: a tooltip
     * showing the same title (a window of its own) must not take the click.
     */
    static void clickScenario(FxRobot robot, String title) {
        // The window restores its divider positions just after it is shown; let that layout
        // happen first, so that the point clicked is where the row is now.
        WaitForAsyncUtils.waitForFxEvents();
        TreeView<?> tree = robot.lookup("#catalogue-tree").query();
        // The left column also holds the mock sets and the collections: the row may be below the
        // tree's visible part, where a click lands on another row. Scroll it into view first.
        robot.interact(() -> {
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                if (tree.getTreeItem(i).getValue() instanceof CatalogueItem row
                        && row.text().equals(title)) {
                    tree.scrollTo(i);
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The tree keeps spare cells out of sight: the row is the one shown inside the tree.
        Bounds shown = tree.localToScene(tree.getLayoutBounds());
        Node row = robot.from(tree).lookup(title).queryAll().stream()
                .filter(n ->
                        n.isVisible() && n.getParent() != null && n.getParent().isVisible())
                .filter(n -> shown.contains(
                        n.localToScene(n.getLayoutBounds()).getCenterX(),
                        n.localToScene(n.getLayoutBounds()).getCenterY()))
                .findFirst()
                .orElseGet(() -> robot.from(tree).lookup(title).query());
        robot.clickOn(row);
        WaitForAsyncUtils.waitForFxEvents();
        if (!selected(tree, title)) {
            // Monocle's headless window can swallow the first click after a new scene is set on
            // the test's stage; a second click is what a user would do too.
            robot.clickOn(row);
            WaitForAsyncUtils.waitForFxEvents();
        }
        if (!selected(tree, title)) {
            throw new AssertionError("clicked " + title + " at " + row.localToScreen(row.getBoundsInLocal())
                    + " (the tree at " + tree.localToScene(tree.getLayoutBounds()) + ") but the catalogue selected "
                    + tree.getSelectionModel().getSelectedItem() + "; window "
                    + tree.getScene().getWindow().getX() + ","
                    + tree.getScene().getWindow().getY() + " "
                    + tree.getScene().getWindow().getWidth() + "x"
                    + tree.getScene().getWindow().getHeight());
        }
    }

    private static boolean selected(TreeView<?> tree, String title) {
        Object item = tree.getSelectionModel().getSelectedItem();
        return item != null && String.valueOf(((TreeItem<?>) item).getValue()).contains(title);
    }

    /** The same window size in every test, whatever size the shared test stage had before. */
    static void sizeForTests(Stage stage) {
        stage.setWidth(1360);
        stage.setHeight(860);
        stage.setX(0);
        stage.setY(0);
    }

    static String url(FxRobot robot) {
        return robot.lookup("#composer-url").queryAs(TextInputControl.class).getText();
    }

    static String statusLine(FxRobot robot) {
        return text(robot, "#response-status-line");
    }

    /** The text of a label, or "" while the part of the window that holds it is not built yet. */
    static String text(FxRobot robot, String id) {
        return robot.lookup(id)
                .tryQuery()
                .map(node -> node instanceof Label l ? l.getText() : String.valueOf(node))
                .orElse("");
    }

    static String body(FxRobot robot) {
        Node node = robot.lookup("#response-body").query();
        return node instanceof GenericStyledArea<?, ?, ?> area ? area.getText() : ((TextInputControl) node).getText();
    }

    static void setText(Node node, String text) {
        if (node instanceof GenericStyledArea<?, ?, ?> area) {
            area.replaceText(text);
        } else {
            ((TextInputControl) node).setText(text);
        }
    }

    /** Waits up to 10 s for {@code condition}, letting the FX thread run between looks. */
    static void waitFor(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
