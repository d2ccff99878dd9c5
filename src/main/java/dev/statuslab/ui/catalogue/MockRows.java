package dev.statuslab.ui.catalogue;

import atlantafx.base.theme.Styles;
import dev.statuslab.core.scenario.Scenario;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The catalogue's affordances for the user's mocks: a "New mock" button beside the title, a
 * context menu on the tree (Edit mock…, Delete mock… on a mock's row; New mock… anywhere), and
 * F2 (edit) and Delete on a mock's row.
 */
final class MockRows {

    private MockRows() {
    }

    /** Installs the menu and the key on {@code tree}; returns the title row with the button. */
    static Node install(TreeView<CatalogueItem> tree, Label title, CatalogueView.MockActions mocks) {
        Button create = new Button("New mock", new FontIcon(Material2AL.ADD));
        create.setId("catalogue-new-mock");
        create.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        create.setTooltip(new Tooltip("Make a mock route of your own (Ctrl+M)"));
        create.setOnAction(e -> mocks.create().run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox heading = new HBox(6, title, gap, create);
        heading.setAlignment(Pos.CENTER_LEFT);

        MenuItem newMock = new MenuItem("New mock…");
        newMock.setOnAction(e -> mocks.create().run());
        MenuItem edit = new MenuItem("Edit mock…");
        edit.setId("catalogue-edit-mock");
        edit.setOnAction(e -> selectedMock(tree, mocks).ifPresent(mocks.edit()));
        MenuItem delete = new MenuItem("Delete mock…");
        delete.setId("catalogue-delete-mock");
        delete.setOnAction(e -> selectedMock(tree, mocks).ifPresent(mocks.delete()));
        ContextMenu menu = new ContextMenu(edit, delete, new SeparatorMenuItem(), newMock);
        menu.setOnShowing(e -> {
            boolean mock = selectedMock(tree, mocks).isPresent();
            edit.setDisable(!mock);
            delete.setDisable(!mock);
        });
        tree.setContextMenu(menu);
        // Registered before the tree's own keys (its skin comes later), which take F2 for editing.
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.F2) {
                selectedMock(tree, mocks).ifPresent(s -> {
                    e.consume();
                    (e.getCode() == KeyCode.F2 ? mocks.edit() : mocks.delete()).accept(s);
                });
            }
        });
        return heading;
    }

    /** The scenario of the selected row when it stands for one of the user's mocks. */
    static Optional<Scenario> selectedMock(TreeView<CatalogueItem> tree, CatalogueView.MockActions mocks) {
        TreeItem<CatalogueItem> selected = tree.getSelectionModel().getSelectedItem();
        return selected != null && selected.getValue() instanceof CatalogueItem.ScenarioItem s
                && mocks.isMock().test(s.scenario()) ? Optional.of(s.scenario()) : Optional.empty();
    }
}
