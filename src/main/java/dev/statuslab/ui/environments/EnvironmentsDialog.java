package dev.statuslab.ui.environments;

import dev.statuslab.core.workbench.Environment;
import dev.statuslab.ui.common.FieldMessages;
import dev.statuslab.ui.common.NameValueRow;
import dev.statuslab.ui.common.RowTable;
import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.common.VariableRow;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Request → Environments… (issue 10): the environments on the left (Add, Rename, Delete), the
 * selected one's variables on the right (name, value, on/off, secret). The variables are applied
 * when another environment is selected and when the dialog closes; a wrong name keeps it open and
 * says which row.
 */
public final class EnvironmentsDialog {

    private final EnvironmentsViewModel vm;
    private final Window owner;
    private final ListView<String> list = new ListView<>();
    private Dialog<ButtonType> dialog;
    private boolean syncing;

    public EnvironmentsDialog(EnvironmentsViewModel vm, Window owner) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.owner = owner;
    }

    /** Shows the dialog until it is closed, the active environment (or the first) selected. */
    public void show() {
        if (dialog == null) {
            dialog = create();
        }
        String first = vm.activeProperty().get().isEmpty() && !vm.environments().isEmpty()
                ? vm.environments().get(0).name()
                : vm.activeProperty().get();
        vm.edit(first);
        sync();
        dialog.showAndWait();
        vm.edit(EnvironmentsViewModel.NONE); // closed by its window's button: applied here, or kept with the problem
    }

    private Dialog<ButtonType> create() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Environments");
        dialog.setHeaderText("{{name}} is looked up in the active environment first, then in the request's"
                + " collection, then in the built-ins ({{simulator}}, {{$uuid}}, {{$timestamp}}).");
        dialog.getDialogPane().setId("environments-pane");
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.apply()) {
                e.consume(); // the problem is shown under the table
            }
        });
        dialog.setResizable(true);
        return dialog;
    }

    private VBox content() {
        list.setId("environments-list");
        list.setPrefWidth(180);
        list.setPlaceholder(new Label("No environments yet"));
        vm.environments().addListener((ListChangeListener<Environment>) c -> sync());
        vm.editingProperty().addListener((obs, was, now) -> sync());
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null && !vm.edit(now)) {
                sync(); // the rows could not be applied: the selection stays where they are
            }
        });
        Button add = new Button("Add…");
        add.setId("environments-add");
        add.setOnAction(e -> ask("New environment", "", null).ifPresent(name -> {
            String problem = vm.add(name);
            if (problem.isEmpty()) {
                vm.edit(name.strip());
            } else {
                tell(problem);
            }
        }));
        Button rename = new Button("Rename…");
        rename.setId("environments-rename");
        Button delete = new Button("Delete…");
        delete.setId("environments-delete");
        var none = vm.editingProperty().isEmpty();
        rename.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        rename.setOnAction(e -> {
            String from = vm.editingProperty().get();
            ask("Rename environment", from, from).ifPresent(to -> {
                String problem = vm.rename(from, to);
                if (!problem.isEmpty()) {
                    tell(problem);
                }
            });
        });
        delete.setOnAction(e -> confirmDelete(vm.editingProperty().get()));
        VBox left = new VBox(6, list, new HBox(6, add, rename, delete));
        VBox.setVgrow(list, Priority.ALWAYS);

        RowTable<VariableRow> table = new RowTable<>(
                "environment-variables",
                "variable",
                vm.rows(),
                vm::addRow,
                vm::removeRow,
                new SimpleObjectProperty<NameValueRow>());
        TableColumn<VariableRow, Boolean> secret = new TableColumn<>("Secret");
        secret.setCellValueFactory(c -> c.getValue().secretProperty());
        secret.setCellFactory(CheckBoxTableCell.forTableColumn(secret));
        secret.setEditable(true);
        secret.setPrefWidth(64);
        secret.setSortable(false);
        table.table().setEditable(true);
        table.table().getColumns().add(1, secret);
        CheckBox reveal = new CheckBox("Show secret values");
        reveal.setId("environments-reveal");
        table.table().getColumns().stream()
                .filter(c -> "Value".equals(c.getText()))
                .forEach(c -> {
                    @SuppressWarnings("unchecked")
                    TableColumn<VariableRow, String> value = (TableColumn<VariableRow, String>) c;
                    value.setCellFactory(x -> new SecretValueCell(reveal.selectedProperty()));
                });
        table.node().disableProperty().bind(none);
        Label problem = FieldMessages.message(vm.problemProperty(), Styles.FIELD_ERROR, "environments-problem");
        Label hint = new Label("A secret's value is shown as •••• and not written into exported transcripts.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox right = new VBox(6, table.node(), problem, reveal, hint);
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox box = new HBox(12, left, right);
        box.setPrefSize(860, 420);
        return new VBox(box);
    }

    private void sync() {
        syncing = true;
        try {
            list.getItems()
                    .setAll(vm.environments().stream().map(Environment::name).toList());
            String editing = vm.editingProperty().get();
            if (editing.isEmpty()) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(editing);
            }
        } finally {
            syncing = false;
        }
    }

    private Optional<String> ask(String title, String text, String renaming) {
        TextInputDialog ask = new TextInputDialog(text);
        ask.initOwner(list.getScene().getWindow());
        ask.setTitle(title);
        ask.setHeaderText(renaming == null ? "The new environment's name" : "The new name of \"" + renaming + "\"");
        ask.getEditor().setId("environments-name");
        ask.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !vm.nameProblem(ask.getEditor().getText(), renaming)
                                .isEmpty(),
                        ask.getEditor().textProperty()));
        return ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private void confirmDelete(String name) {
        Alert confirm = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Delete the environment \"" + name + "\" and its variables?",
                ButtonType.CANCEL,
                ButtonType.OK);
        confirm.initOwner(list.getScene().getWindow());
        confirm.setTitle("Delete environment");
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            vm.delete(name);
        }
    }

    private void tell(String problem) {
        Alert alert = new Alert(Alert.AlertType.WARNING, problem, ButtonType.OK);
        alert.initOwner(list.getScene().getWindow());
        alert.showAndWait();
    }
}
