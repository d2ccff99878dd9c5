package dev.statuslab.ui.mainwindow;

import dev.statuslab.ui.common.ActionRegistry;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * Help → Keyboard shortcuts (issue 16, item 12): every command that has a key, generated from the
 * registry the menus' accelerators come from, with a search over command and key.
 */
final class ShortcutsDialog {

    private ShortcutsDialog() {}

    static void show(Window owner, List<ActionRegistry.Shortcut> shortcuts) {
        FilteredList<ActionRegistry.Shortcut> rows = new FilteredList<>(FXCollections.observableArrayList(shortcuts));
        TextField search = new TextField();
        search.setId("shortcuts-search");
        search.setPromptText("Search commands and keys");
        search.textProperty().addListener((obs, was, now) -> {
            String wanted = now.strip().toLowerCase(Locale.ROOT);
            rows.setPredicate(s -> wanted.isEmpty()
                    || s.label().toLowerCase(Locale.ROOT).contains(wanted)
                    || key(s).toLowerCase(Locale.ROOT).contains(wanted));
        });

        TableView<ActionRegistry.Shortcut> table = new TableView<>(rows);
        table.setId("shortcuts-table");
        TableColumn<ActionRegistry.Shortcut, String> command = new TableColumn<>("Command");
        command.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        command.setPrefWidth(260);
        TableColumn<ActionRegistry.Shortcut, String> key = new TableColumn<>("Key");
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(key(c.getValue())));
        key.setPrefWidth(160);
        table.getColumns().add(command);
        table.getColumns().add(key);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Keyboard shortcuts");
        dialog.setResizable(true);
        dialog.getDialogPane().setId("shortcuts");
        dialog.getDialogPane().setContent(new VBox(8, search, table));
        dialog.getDialogPane().setPrefSize(480, 460);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
        search.requestFocus();
    }

    /** The key as this platform writes it (Ctrl+B here, ⌘B on a Mac). */
    static String key(ActionRegistry.Shortcut shortcut) {
        return KeyCombination.keyCombination(shortcut.accelerator()).getDisplayText();
    }
}
