package dev.statuslab.ui.mocks;

import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.catalogue.CatalogueView;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * What the window offers for the user's mocks: the Mocks menu (New mock… Ctrl+M, Edit mock… F2,
 * Delete mock…), the catalogue's mock actions, "Mock this response…" for a history row, the
 * editor, the confirmations, and a dialog when the mocks file cannot be loaded or saved.
 */
public final class MocksView {

    private final MocksViewModel vm;
    private final Window owner;

    public MocksView(MocksViewModel vm, Window owner) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.owner = Objects.requireNonNull(owner, "owner");
        vm.problemProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                showProblem(now);
            }
        });
    }

    /** The mock actions of the catalogue's rows. */
    public CatalogueView.MockActions catalogueActions() {
        return new CatalogueView.MockActions(this::newMock, this::edit, this::delete, s -> vm.indexOf(s).isPresent());
    }

    /** The Mocks menu; Edit and Delete act on {@code selected} when it is one of the user's mocks. */
    public Menu menu(ObservableValue<Scenario> selected) {
        MenuItem create = item("_New mock…", "Shortcut+M", this::newMock);
        create.setId("menu-new-mock");
        MenuItem edit = item("_Edit mock…", "F2", () -> edit(selected.getValue()));
        MenuItem delete = item("_Delete mock…", null, () -> delete(selected.getValue()));
        var notAMock = Bindings.createBooleanBinding(
                () -> selected.getValue() == null || vm.indexOf(selected.getValue()).isEmpty(), selected, vm.mocks());
        edit.disableProperty().bind(notAMock);
        delete.disableProperty().bind(notAMock);
        return new Menu("_Mocks", null, create, new SeparatorMenuItem(), edit, delete);
    }

    public void newMock() {
        open(vm.newMock());
    }

    public void edit(Scenario scenario) {
        if (scenario != null) {
            vm.edit(scenario).ifPresent(this::open);
        }
    }

    /** Asks first, naming the mock; nothing happens for a scenario that is not a mock. */
    public void delete(Scenario scenario) {
        Optional<Integer> index = scenario == null ? Optional.empty() : vm.indexOf(scenario);
        if (index.isEmpty()) {
            return;
        }
        MockRoute mock = vm.mocks().get(index.get());
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", delete, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Delete mock");
        alert.setHeaderText("Delete mock " + MockChecks.title(mock) + "?");
        alert.setContentText("It stops answering at once and is removed from the mocks file.");
        alert.getDialogPane().lookupButton(delete).setId("mock-delete-confirm");
        if (alert.showAndWait().filter(delete::equals).isPresent()) {
            vm.delete(index.get());
        }
    }

    /** Opens the editor on a draft answering like this exchange's response. */
    public void mockResponse(Exchange exchange) {
        if (exchange != null && !exchange.failed()) {
            open(vm.fromExchange(exchange));
        }
    }

    /** Shows which mock answers this exchange's request, and selects it. */
    public void whichMockAnswers(Exchange exchange) {
        if (exchange == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, vm.whichAnswers(exchange), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Which mock answers?");
        alert.setHeaderText("Which mock answers?");
        alert.getDialogPane().setId("which-mock");
        alert.show();
    }

    private void open(MockEditorViewModel draft) {
        new MockEditorDialog(draft, owner, this::confirmDiscard).show(() -> vm.save(draft));
    }

    private boolean confirmDiscard() {
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "The changes to this mock are not saved.", discard, keep);
        alert.initOwner(owner);
        alert.setTitle("Discard changes");
        alert.setHeaderText("Discard the changes?");
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    private void showProblem(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("My mocks");
        alert.setHeaderText("A problem with the mocks file");
        alert.show();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
