package dev.statuslab.ui.response;

import dev.statuslab.core.json.JsonTree;
import dev.statuslab.ui.common.Styles;
import java.util.Optional;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The Tree view of a JSON body (issue 16, item 8): folded beyond the second level. */
final class JsonTreePane {

    /** Levels open at first: the root and its members. */
    static final int OPEN_LEVELS = 2;

    static final String NOT_WHOLE = "Not one whole JSON document (a preview is cut short: Show all first)";

    private final TreeView<String> tree = new TreeView<>();

    JsonTreePane() {
        tree.setId("response-json-tree");
        tree.getStyleClass().add(Styles.MONO);
    }

    TreeView<String> node() {
        return tree;
    }

    void show(Optional<JsonTree> json) {
        tree.setRoot(json.map(j -> item(j, 0)).orElseGet(() -> new TreeItem<>(NOT_WHOLE)));
    }

    private static TreeItem<String> item(JsonTree json, int level) {
        TreeItem<String> item = new TreeItem<>(json.label());
        item.setExpanded(level < OPEN_LEVELS);
        for (JsonTree child : json.children()) {
            item.getChildren().add(item(child, level + 1));
        }
        return item;
    }
}
