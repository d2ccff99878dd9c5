package dev.statuslab.ui.response;

import dev.statuslab.core.http.Header;
import dev.statuslab.ui.common.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The Headers tab: name and value in received order and case; rows copy as "Name: value" lines. */
final class HeadersTable {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private HeadersTable() {}

    static TableView<Header> create(ObservableList<Header> headers) {
        TableView<Header> table = new TableView<>(headers);
        table.setId("response-headers");
        table.getStyleClass().add(Styles.MONO);
        table.setPlaceholder(new Label("No headers"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<Header, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(180);
        name.setSortable(false);
        TableColumn<Header, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setSortable(false);
        table.getColumns().setAll(List.of(name, value));

        MenuItem copyLines = new MenuItem("Copy");
        copyLines.setAccelerator(COPY);
        copyLines.setOnAction(e -> copy(table, false));
        MenuItem copyValues = new MenuItem("Copy value");
        copyValues.setOnAction(e -> copy(table, true));
        table.setContextMenu(new ContextMenu(copyLines, copyValues));
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy(table, false);
                e.consume();
            }
        });
        return table;
    }

    private static void copy(TableView<Header> table, boolean valuesOnly) {
        ObservableList<Header> rows = table.getSelectionModel().getSelectedItems();
        if (rows.isEmpty()) {
            return;
        }
        String text = rows.stream()
                .map(h -> valuesOnly ? h.value() : h.name() + ": " + h.value())
                .collect(Collectors.joining("\n"));
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
