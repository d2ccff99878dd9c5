package dev.statuslab.ui.collections;

import dev.statuslab.core.workbench.Folder;
import dev.statuslab.core.workbench.RequestCollection;
import dev.statuslab.core.workbench.SavedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Collections panel beside the catalogue: a tree of collection → folders → saved requests. A
 * double click or Enter on a request opens it in a tab (in the current one while it is unchanged).
 */
public final class CollectionsView {

    /** What a row of the tree shows; a request row knows its origin. */
    private record Row(String label, String origin, String collectionId) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final CollectionsViewModel vm;
    private final TreeView<Row> tree = new TreeView<>();
    private final VBox root;

    public CollectionsView(CollectionsViewModel vm, Consumer<CollectionsViewModel.Opened> open) {
        this.vm = vm;
        tree.setId("collections-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>(new Row("", null, "")));
        tree.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, was, now) ->
                        vm.select(now == null ? "" : now.getValue().collectionId()));
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected(open);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && openSelected(open)) {
                e.consume();
            }
        });
        vm.collections().addListener((ListChangeListener<RequestCollection>) c -> rebuild());
        rebuild();
        Label title = new Label("Collections");
        title.setTooltip(new Tooltip("Ctrl+S saves the tab's request here"));
        title.getStyleClass().add("pane-title");
        root = new VBox(4, title, tree);
        root.setPadding(new Insets(4, 0, 0, 0));
        root.setId("collections-pane");
        VBox.setVgrow(tree, Priority.ALWAYS);
    }

    public Node node() {
        return root;
    }

    private boolean openSelected(Consumer<CollectionsViewModel.Opened> open) {
        TreeItem<Row> item = tree.getSelectionModel().getSelectedItem();
        if (item == null || item.getValue().origin() == null) {
            return false;
        }
        vm.find(item.getValue().origin()).ifPresent(open);
        return true;
    }

    private void rebuild() {
        List<TreeItem<Row>> items = new ArrayList<>();
        for (RequestCollection c : vm.collections()) {
            TreeItem<Row> item = new TreeItem<>(new Row(c.name(), null, c.id()));
            fill(item, c.id(), List.of(), c.root());
            item.setExpanded(true);
            items.add(item);
        }
        tree.getRoot().getChildren().setAll(items);
    }

    private static void fill(TreeItem<Row> parent, String collectionId, List<String> path, Folder folder) {
        for (Folder sub : folder.folders()) {
            TreeItem<Row> item = new TreeItem<>(new Row(sub.name(), null, collectionId));
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.id());
            fill(item, collectionId, subPath, sub);
            item.setExpanded(true);
            parent.getChildren().add(item);
        }
        for (SavedRequest r : folder.requests()) {
            String label = r.draft().method() + "  " + r.name();
            parent.getChildren()
                    .add(new TreeItem<>(
                            new Row(label, CollectionsViewModel.origin(collectionId, path, r.id()), collectionId)));
        }
    }
}
