package dev.statuslab.ui.catalogue;

import dev.statuslab.core.scenario.ReadyRequest;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.Styles;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The left pane: a title, a clearable search field (Ctrl+F) and the scenario tree. Selecting a row
 * selects its scenario or request in the view model; Enter or a double click on one runs
 * {@code onActivate}. The tree follows the view model's selection too. With {@link MockActions},
 * a "New mock" button sits by the title, the tree's context menu makes, edits and deletes mocks,
 * and Delete on a mock's row deletes it (the actions ask first).
 */
public final class CatalogueView {

    private final CatalogueViewModel vm;
    private final Runnable onActivate;
    private final TextField search;
    private final TreeView<CatalogueItem> tree;
    private final VBox root;
    /** True while the tree is changed from the view model, so that its selection is not echoed back. */
    private boolean syncing;

    /**
     * Registers Search scenarios (Ctrl+F) in {@code actions}; shows the mock commands (New, Edit,
     * Delete mock) where they are registered.
     */
    public CatalogueView(CatalogueViewModel vm, Runnable onActivate, ActionRegistry actions) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.onActivate = Objects.requireNonNull(onActivate, "onActivate");
        actions.register(ActionId.FOCUS_SEARCH, this::focusSearch);

        Label title = new Label("Scenarios");
        title.getStyleClass().add(Styles.PANE_TITLE);
        Node heading = title;

        search = new SearchField();
        search.setId("catalogue-search");
        search.setPromptText("Search scenarios, paths, codes…");
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.addEventHandler(KeyEvent.KEY_PRESSED, this::searchKey);

        tree = new TreeView<>(new TreeItem<>());
        tree.setId("catalogue-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new CatalogueCell(this::activate));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> treeSelected(item));
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && selectedItemIsActivatable()) {
                activate();
                e.consume();
            }
        });
        VBox.setVgrow(tree, Priority.ALWAYS);
        if (actions.find(ActionId.NEW_MOCK).isPresent()) {
            heading = MockRows.install(tree, title, actions);
        }

        root = new VBox(6, heading, search, tree);
        root.setMinWidth(0);

        vm.groupsProperty().addListener((Observable o) -> rebuild());
        vm.selectedRequestProperty().addListener((Observable o) -> followSelection());
        vm.selectedScenarioProperty().addListener((Observable o) -> followSelection());
        rebuild();
    }

    public Node node() {
        return root;
    }

    private void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void searchKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN) {
            tree.requestFocus();
            if (tree.getSelectionModel().isEmpty()) {
                selectFirstScenario();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            search.clear();
            e.consume();
        }
    }

    private void selectFirstScenario() {
        for (TreeItem<CatalogueItem> group : tree.getRoot().getChildren()) {
            for (TreeItem<CatalogueItem> child : group.getChildren()) {
                if (CatalogueCell.isActivatable(child.getValue())) {
                    tree.getSelectionModel().select(child);
                    return;
                }
            }
        }
    }

    private boolean selectedItemIsActivatable() {
        TreeItem<CatalogueItem> selected = tree.getSelectionModel().getSelectedItem();
        return selected != null && CatalogueCell.isActivatable(selected.getValue());
    }

    private void activate() {
        if (vm.selectedRequestProperty().get() != null) {
            onActivate.run();
        }
    }

    private void treeSelected(TreeItem<CatalogueItem> item) {
        if (syncing || item == null) {
            return;
        }
        if (item.getValue() instanceof CatalogueItem.ScenarioItem s) {
            vm.select(s.scenario());
        } else if (item.getValue() instanceof CatalogueItem.RequestItem r) {
            vm.select(r.scenario(), r.request());
        }
    }

    /**
     * Rebuilds the tree from the view model: groups expanded (and, while searching, every scenario,
     * so a match among a scenario's requests is in view), then the selection shown again.
     */
    private void rebuild() {
        TreeItem<CatalogueItem> newRoot = new TreeItem<>();
        boolean searching = !vm.searchTextProperty().get().isBlank();
        for (CatalogueItem.Group group : vm.groupsProperty()) {
            newRoot.getChildren().add(treeItem(group, searching));
        }
        syncing = true;
        try {
            tree.getSelectionModel().clearSelection();
            tree.setRoot(newRoot);
        } finally {
            syncing = false;
        }
        followSelection();
    }

    private static TreeItem<CatalogueItem> treeItem(CatalogueItem item, boolean expandAll) {
        TreeItem<CatalogueItem> treeItem = new TreeItem<>(item);
        for (CatalogueItem child : item.children()) {
            treeItem.getChildren().add(treeItem(child, expandAll));
        }
        treeItem.setExpanded(expandAll || item instanceof CatalogueItem.Group);
        return treeItem;
    }

    /** Shows the view model's selection in the tree, unless the selected row already stands for it. */
    private void followSelection() {
        Scenario scenario = vm.selectedScenarioProperty().get();
        ReadyRequest request = vm.selectedRequestProperty().get();
        if (scenario != null && request != null && !scenario.requests().contains(request)) {
            return; // half-way through a change of selection: the request follows
        }
        TreeItem<CatalogueItem> current = tree.getSelectionModel().getSelectedItem();
        TreeItem<CatalogueItem> target = null;
        if (scenario != null) {
            target = current != null && standsFor(current.getValue(), scenario, request)
                    ? current
                    : find(scenario, request);
        }
        if (target == current) {
            expandScenarioOf(target);
            return;
        }
        syncing = true;
        try {
            if (target == null) {
                tree.getSelectionModel().clearSelection();
            } else {
                expandScenarioOf(target);
                tree.getSelectionModel().select(target);
                int row = tree.getRow(target);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            syncing = false;
        }
    }

    private static boolean standsFor(CatalogueItem item, Scenario scenario, ReadyRequest request) {
        if (item instanceof CatalogueItem.ScenarioItem s) {
            return s.scenario().id().equals(scenario.id())
                    && (request == null
                            || request.equals(s.scenario().requests().get(0)));
        }
        return item instanceof CatalogueItem.RequestItem r
                && r.scenario().id().equals(scenario.id())
                && r.request().equals(request);
    }

    /** The scenario's row, or its request's row when the request is not the first. */
    private TreeItem<CatalogueItem> find(Scenario scenario, ReadyRequest request) {
        for (TreeItem<CatalogueItem> group : tree.getRoot().getChildren()) {
            for (TreeItem<CatalogueItem> row : group.getChildren()) {
                if (row.getValue() instanceof CatalogueItem.ScenarioItem s
                        && s.scenario().id().equals(scenario.id())) {
                    if (request == null
                            || request.equals(s.scenario().requests().get(0))) {
                        return row;
                    }
                    for (TreeItem<CatalogueItem> child : row.getChildren()) {
                        if (child.getValue() instanceof CatalogueItem.RequestItem r
                                && r.request().equals(request)) {
                            return child;
                        }
                    }
                    return row;
                }
            }
        }
        return null;
    }

    private static void expandScenarioOf(TreeItem<CatalogueItem> item) {
        if (item == null) {
            return;
        }
        TreeItem<CatalogueItem> scenario =
                item.getValue() instanceof CatalogueItem.RequestItem ? item.getParent() : item;
        if (scenario != null && !scenario.isLeaf()) {
            scenario.setExpanded(true);
        }
    }
}
