package dev.statuslab.ui.response;

import dev.statuslab.core.http.Header;
import dev.statuslab.ui.common.ActionControls;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Headers tab: name and value in received order and case; rows copy as "Name: value" lines
 * (Ctrl+C in the table, or the registered commands of the context menu and the Response menu).
 */
final class HeadersTable {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private HeadersTable() {}

    static TableView<Header> create(ObservableList<Header> headers, HeaderCopy copy, ActionRegistry actions) {
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

        Bindings.bindContent(copy.chosen(), table.getSelectionModel().getSelectedItems());
        table.setContextMenu(ActionControls.contextMenu(
                "response-headers-", actions, ActionId.COPY_HEADERS, ActionId.COPY_HEADER_VALUES));
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                copy.copy(false);
                e.consume();
            }
        });
        return table;
    }
}
