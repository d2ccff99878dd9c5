package dev.statuslab.ui.cookies;

import dev.statuslab.core.workbench.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Cookies panel (issue 10): the jar's cookies in a table; the value and the expiry are edited
 * in place (double-click, Enter), Delete removes the selected rows, Clear all empties the jar. It
 * does not block the window: requests can be sent while it is open, and it reads the jar again
 * whenever it comes to the front.
 */
public final class CookiesDialog {

    private final CookiesViewModel vm;
    private final Window owner;
    private Dialog<ButtonType> dialog;
    private boolean watchingFocus;

    public CookiesDialog(CookiesViewModel vm, Window owner) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.owner = owner;
    }

    /** Shows the panel, or brings it to the front when it is open. */
    public void show() {
        vm.refresh();
        if (dialog == null) {
            dialog = create();
        }
        if (dialog.isShowing()) {
            dialog.getDialogPane().getScene().getWindow().requestFocus();
        } else {
            dialog.show();
        }
    }

    private Dialog<ButtonType> create() {
        TableView<Cookie> table = table();
        Button delete = new Button("Delete");
        delete.setId("cookies-delete");
        delete.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button clear = new Button("Clear all");
        clear.setId("cookies-clear");
        clear.setOnAction(e -> vm.clear());
        Label problem = new Label();
        problem.setId("cookies-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        VBox box = new VBox(8, table, new HBox(8, delete, clear), problem);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPrefSize(900, 380);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Cookies");
        d.setHeaderText("The cookie jar: sent on matching requests unless a tab turns it off."
                + " Double-click a value or an expiry to change it.");
        d.getDialogPane().setId("cookies-pane");
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        d.setResizable(true);
        d.setOnShown(e -> {
            if (!watchingFocus) {
                watchingFocus = true;
                d.getDialogPane().getScene().getWindow().focusedProperty().addListener((obs, was, now) -> {
                    if (now && table.getEditingCell() == null) {
                        vm.refresh(); // cookies a request set while the panel was behind the window
                    }
                });
            }
        });
        return d;
    }

    private TableView<Cookie> table() {
        TableView<Cookie> table = new TableView<>(vm.rows());
        table.setId("cookies-table");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label("No cookies: a response's Set-Cookie puts them here"));
        table.getColumns().add(column("Name", Cookie::name));
        table.getColumns().add(editable(table, "Value", Cookie::value, vm::edit, 200));
        table.getColumns().add(column("Domain", Cookie::domain));
        table.getColumns().add(column("Path", Cookie::path));
        table.getColumns().add(editable(table, "Expires", CookiesViewModel::expiry, vm::editExpiry, 170));
        table.getColumns().add(column("Secure", c -> CookiesViewModel.flag(c.secure())));
        table.getColumns().add(column("HttpOnly", c -> CookiesViewModel.flag(c.httpOnly())));
        table.getColumns().add(column("SameSite", CookiesViewModel::sameSite));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private static TableColumn<Cookie, String> editable(
            TableView<Cookie> table,
            String title,
            Function<Cookie, String> text,
            BiPredicate<Cookie, String> commit,
            double width) {
        TableColumn<Cookie, String> c = column(title, text);
        c.setId("cookies-" + title.toLowerCase(Locale.ROOT));
        c.setEditable(true);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            commit.test(e.getRowValue(), e.getNewValue());
            table.refresh(); // a refused edit shows the cookie as it still is
        });
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<Cookie, String> column(String title, Function<Cookie, String> text) {
        TableColumn<Cookie, String> c = new TableColumn<>(title);
        c.setEditable(false);
        c.setCellValueFactory(d -> new SimpleStringProperty(text.apply(d.getValue())));
        return c;
    }
}
