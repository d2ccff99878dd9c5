package dev.statuslab.ui.catalogue;

import atlantafx.base.theme.Styles;
import dev.statuslab.ui.common.ActionControls;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The catalogue's affordances for the user's mocks, made from the registered mock commands: a
 * "New mock" button beside the title, a context menu on the tree (Edit mock…, Delete mock…,
 * enabled on a mock's row; New mock…), and F2 (edit) and Delete on a mock's row.
 */
final class MockRows {

    private MockRows() {}

    /** Installs the menu and the keys on {@code tree}; returns the title row with the button. */
    static Node install(TreeView<CatalogueItem> tree, Label title, ActionRegistry actions) {
        Button create = ActionControls.button(
                actions.get(ActionId.NEW_MOCK),
                "New mock",
                new FontIcon(Material2AL.ADD),
                "Make a mock route of your own");
        create.setId("catalogue-new-mock");
        create.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(6, title, gap, create);
        heading.setAlignment(Pos.CENTER_LEFT);

        // Edit and Delete act on the selected scenario, which the tree's selection follows.
        tree.setContextMenu(ActionControls.contextMenu(
                "catalogue-", actions, ActionId.EDIT_MOCK, ActionId.DELETE_MOCK, null, ActionId.NEW_MOCK));
        // Registered before the tree's own keys (its skin comes later): F2 is Edit mock's key, which
        // the tree would take; Delete, which has no key of its own in the window, deletes a mock here.
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && actions.fire(ActionId.DELETE_MOCK)) {
                e.consume();
            } else {
                ActionControls.forward(e, actions, ActionId.EDIT_MOCK);
            }
        });
        return heading;
    }
}
