package dev.statuslab.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A table of name/value rows with an on/off box per row, and + and − buttons. The name and value
 * cells are text fields bound to the row, so every keystroke is committed (focus loss included).
 * Shared by the composer (query and headers) and the mock editor (headers).
 */
public final class RowTable<R extends NameValueRow> {

    private final TableView<R> table;
    private final VBox root;
    private final ObjectProperty<TextHints> hints = new SimpleObjectProperty<>(this, "hints");

    /**
     * @param noun       "parameter" or "header", for tooltips
     * @param invalidRow the row to mark invalid, or a value holding null
     */
    public RowTable(
            String id,
            String noun,
            ObservableList<R> rows,
            Runnable add,
            Consumer<R> remove,
            ObservableValue<? extends NameValueRow> invalidRow) {
        table = new TableView<>(rows);
        table.setId(id);
        table.setEditable(false); // the cells hold live text fields; no edit mode is needed
        table.getStyleClass().addAll(Styles.DENSE, Styles.BORDERED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No " + noun + "s. Press + to add one."));

        TableColumn<R, Boolean> on = new TableColumn<>("On");
        on.setCellValueFactory(c -> c.getValue().enabledProperty());
        on.setCellFactory(c -> new SwitchCell<>());
        on.setPrefWidth(44);
        on.setMinWidth(44);
        on.setMaxWidth(44);
        on.setSortable(false);
        TableColumn<R, String> name = textColumn("Name", NameValueRow::nameProperty, invalidRow, true);
        TableColumn<R, String> value = textColumn("Value", NameValueRow::valueProperty, invalidRow, false);
        name.setPrefWidth(200);
        table.getColumns().add(on);
        table.getColumns().add(name);
        table.getColumns().add(value);

        Button plus = iconButton(new FontIcon(Material2AL.ADD), "Add a " + noun);
        plus.setId(id + "-add");
        plus.setOnAction(e -> {
            add.run();
            R added = rows.get(rows.size() - 1);
            table.getSelectionModel().select(added);
            table.scrollTo(added);
            Platform.runLater(() -> focusName(added));
        });
        Button minus = iconButton(new FontIcon(Material2MZ.REMOVE), "Remove the selected " + noun);
        minus.setId(id + "-remove");
        minus.disableProperty().bind(Bindings.isNull(table.getSelectionModel().selectedItemProperty()));
        minus.setOnAction(e -> removeSelected(remove));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && e.getTarget() == table) {
                removeSelected(remove);
                e.consume();
            }
        });

        HBox buttons = new HBox(4, plus, minus);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        root = new VBox(4, buttons, table);
    }

    public Node node() {
        return root;
    }

    public TableView<R> table() {
        return table;
    }

    /** What the name and value fields say about their text (unknown variables marked, values on hover). */
    public void setHints(TextHints newHints) {
        hints.set(newHints);
    }

    /** Puts the caret in the name field of a row, once the table shows it. */
    private void focusName(R row) {
        table.layout();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof FieldCell<?> cell && cell.focusNameOf(row)) {
                return;
            }
        }
    }

    private void removeSelected(Consumer<R> remove) {
        int index = table.getSelectionModel().getSelectedIndex();
        R selected = table.getSelectionModel().getSelectedItem();
        if (selected == null) {
            return;
        }
        remove.accept(selected);
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(Math.min(index, table.getItems().size() - 1));
        }
    }

    private TableColumn<R, String> textColumn(
            String title,
            Function<R, StringProperty> property,
            ObservableValue<? extends NameValueRow> invalidRow,
            boolean first) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(c -> new FieldCell<>(property, title, invalidRow, first, hints));
        column.setSortable(false);
        return column;
    }

    private static Button iconButton(Node icon, String tip) {
        Button button = new Button(null, icon);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        return button;
    }

    /** The on/off box of a row, bound to its enabled property. */
    private static final class SwitchCell<R extends NameValueRow> extends TableCell<R, Boolean> {

        private final CheckBox box = new CheckBox();
        private R bound;

        SwitchCell() {
            setAlignment(Pos.CENTER);
            box.setAccessibleText("Send this row");
        }

        @Override
        protected void updateItem(Boolean item, boolean empty) {
            super.updateItem(item, empty);
            R row = empty ? null : rowAt(this);
            if (row == bound) {
                return;
            }
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.enabledProperty());
            }
            bound = row;
            if (row == null) {
                setGraphic(null);
            } else {
                box.selectedProperty().bindBidirectional(row.enabledProperty());
                setGraphic(box);
            }
        }
    }

    /** The row a cell of such a table shows (by index: the row's item can lag behind), or null. */
    public static <R> R rowAt(TableCell<R, ?> cell) {
        TableView<R> view = cell.getTableView();
        int index = cell.getIndex();
        return view == null || index < 0 || index >= view.getItems().size()
                ? null
                : view.getItems().get(index);
    }
}
