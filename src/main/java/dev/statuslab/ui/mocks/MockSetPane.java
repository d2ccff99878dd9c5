package dev.statuslab.ui.mocks;

import dev.statuslab.ui.common.ActionControls;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.Styles;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/**
 * The mock-set picker under the catalogue: which set "My mocks" shows (and the editor saves to),
 * whether it answers, and the set commands (New, Rename, Delete, registered in the action
 * registry so that the Mocks menu offers them too).
 */
final class MockSetPane {

    private final MockSetsViewModel vm;
    private final Window owner;
    private final HBox node;

    MockSetPane(MockSetsViewModel vm, Window owner, ActionRegistry actions) {
        this.vm = vm;
        this.owner = owner;
        var notDefault = Bindings.createBooleanBinding(
                () -> vm.names().indexOf(vm.currentProperty().get()) > 0, vm.currentProperty(), vm.names());
        actions.register(ActionId.NEW_MOCK_SET, this::newSet);
        actions.register(ActionId.RENAME_MOCK_SET, notDefault, this::rename);
        actions.register(ActionId.DELETE_MOCK_SET, notDefault, this::delete);

        ComboBox<String> picker = new ComboBox<>(vm.names());
        picker.setId("mock-set-picker");
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setMinWidth(60);
        // No label beside it: the row must fit the catalogue's narrowest width (250 px); the tooltip says what it is.
        picker.setPromptText("Mock set");
        picker.setAccessibleText("Mock set");
        picker.setTooltip(new Tooltip("Mock set: the set \"My mocks\" shows and new mocks are saved to"));
        picker.setValue(vm.currentProperty().get());
        vm.currentProperty().addListener((obs, was, now) -> picker.setValue(now));
        vm.names().addListener((ListChangeListener<String>)
                c -> picker.setValue(vm.currentProperty().get()));
        picker.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !now.equals(vm.currentProperty().get())) {
                vm.switchTo(now);
            }
        });
        HBox.setHgrow(picker, Priority.ALWAYS);
        CheckBox answers = new CheckBox("Answers");
        answers.setId("mock-set-active");
        answers.setMinWidth(Label.USE_PREF_SIZE);
        answers.setTooltip(new Tooltip("Whether the simulator answers with this set's mocks"));
        answers.setSelected(vm.currentActiveProperty().get());
        vm.currentActiveProperty().addListener((obs, was, now) -> answers.setSelected(now));
        answers.selectedProperty().addListener((obs, was, now) -> vm.setActive(now));
        MenuButton more = new MenuButton("Sets");
        more.setId("mock-set-menu");
        more.setMinWidth(Label.USE_PREF_SIZE);
        more.getItems()
                .addAll(ActionControls.contextMenu(
                                "mock-set-",
                                actions,
                                ActionId.NEW_MOCK_SET,
                                ActionId.RENAME_MOCK_SET,
                                ActionId.DELETE_MOCK_SET,
                                null,
                                ActionId.IMPORT_OPENAPI)
                        .getItems());
        node = new HBox(6, picker, answers, more);
        node.setAlignment(Pos.CENTER_LEFT);
        node.setId("mock-set-pane");
    }

    Node node() {
        return node;
    }

    void newSet() {
        ask("New mock set", "A name for the new set", "", null).ifPresent(vm::newSet);
    }

    void rename() {
        String old = vm.currentProperty().get();
        ask("Rename mock set", "A new name for " + old, old, old).ifPresent(vm::rename);
    }

    void delete() {
        String name = vm.currentProperty().get();
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", delete, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Delete mock set");
        alert.setHeaderText("Delete the mock set " + name + "?");
        alert.setContentText("Its mocks stop answering at once and its file is deleted.");
        alert.getDialogPane().lookupButton(delete).setId("mock-set-delete-confirm");
        if (alert.showAndWait().filter(delete::equals).isPresent()) {
            vm.deleteCurrent();
        }
    }

    /** A name, checked as it is typed: OK stays off while the name cannot be used. */
    private Optional<String> ask(String title, String header, String start, String own) {
        TextInputDialog dialog = new TextInputDialog(start);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getEditor().setId("mock-set-name");
        Label problem = new Label();
        problem.setId("mock-set-name-problem");
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        dialog.getDialogPane().setExpandableContent(null);
        var why = Bindings.createStringBinding(
                () -> {
                    String typed = dialog.getEditor().getText();
                    String p = typed.equals(own) ? "the set has this name" : vm.nameProblem(typed);
                    return p == null ? "" : p;
                },
                dialog.getEditor().textProperty());
        problem.textProperty().bind(why);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(why.isNotEmpty());
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("mock-set-name-ok");
        ((GridPane) dialog.getDialogPane().getContent()).add(problem, 0, 1, 2, 1);
        return dialog.showAndWait();
    }
}
