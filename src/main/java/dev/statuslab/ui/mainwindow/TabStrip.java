package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.workbench.Tabs;
import dev.statuslab.ui.common.ActionControls;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The tab strip over the composer: one tab per open request (a dot marks a modified draft), a
 * button for a new one. It registers New tab (Ctrl+T), Close tab (Ctrl+W, which asks when the
 * draft is not saved) and Next tab (Ctrl+Tab). The tabs hold no content: the composer and the
 * response below show the selected tab's draft and answer ({@link TabsViewModel}).
 */
final class TabStrip {

    private final TabsViewModel vm;
    private final TabPane pane = new TabPane();
    private final HBox root;
    private final Window owner;
    private boolean syncing;

    TabStrip(TabsViewModel vm, ActionRegistry actions, Window owner) {
        this.vm = vm;
        this.owner = owner;
        actions.register(ActionId.NEW_TAB, vm::newTab);
        actions.register(ActionId.CLOSE_TAB, () -> close(vm.selectedProperty().get()));
        actions.register(ActionId.NEXT_TAB, vm::next);
        pane.setId("request-tabs");
        pane.getStyleClass().add("request-tabs");
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        pane.setTabDragPolicy(TabPane.TabDragPolicy.FIXED);
        pane.setMinHeight(0);
        // Ctrl+Tab is the tab pane's own key for its tabs: it goes to the command instead.
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> ActionControls.forward(e, actions, ActionId.NEXT_TAB));
        Button add =
                ActionControls.button(actions.get(ActionId.NEW_TAB), null, new FontIcon(Material2AL.ADD), "New tab");
        add.setId("request-tabs-new");
        HBox.setHgrow(pane, Priority.ALWAYS);
        root = new HBox(4, pane, add);
        root.setId("request-tab-strip");
        vm.shown().addListener((ListChangeListener<TabsViewModel.Shown>) c -> sync());
        vm.selectedProperty().addListener((obs, was, now) -> sync());
        pane.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (!syncing && now.intValue() >= 0) {
                vm.select(now.intValue());
            }
        });
        sync();
    }

    Node node() {
        return root;
    }

    private void sync() {
        syncing = true;
        try {
            var shown = vm.shown();
            while (pane.getTabs().size() > shown.size()) {
                pane.getTabs().remove(pane.getTabs().size() - 1);
            }
            for (int i = 0; i < shown.size(); i++) {
                Tab tab;
                if (i < pane.getTabs().size()) {
                    tab = pane.getTabs().get(i);
                } else {
                    tab = new Tab();
                    Tab made = tab;
                    tab.setOnCloseRequest(e -> {
                        e.consume();
                        close(pane.getTabs().indexOf(made));
                    });
                    pane.getTabs().add(tab);
                }
                TabsViewModel.Shown s = shown.get(i);
                tab.setText(s.label());
                tab.setId("request-tab-" + i);
                tab.setTooltip(new Tooltip(s.modified() ? s.title() + " (not saved)" : s.title()));
            }
            pane.getSelectionModel().select(vm.selectedProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void close(int index) {
        if (index < 0) {
            return;
        }
        if (vm.close(index) == Tabs.Close.NEEDS_CONFIRMATION) {
            Alert ask = new Alert(
                    Alert.AlertType.CONFIRMATION,
                    "\"" + vm.shown().get(index).title() + "\" has changes that are not saved. Close it anyway?",
                    ButtonType.CANCEL,
                    ButtonType.OK);
            ask.initOwner(owner);
            ask.setTitle("Close tab");
            ask.setHeaderText("Discard this draft?");
            if (ask.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
                vm.closeDiscarding(index);
            }
        }
    }
}
