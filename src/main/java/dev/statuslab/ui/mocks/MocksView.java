package dev.statuslab.ui.mocks;

import dev.statuslab.core.scenario.MockRoute;
import dev.statuslab.core.scenario.Scenario;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.DialogKeys;
import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * What the window offers for the user's mocks: the mock commands (New mock… Ctrl+M, Edit mock… F2,
 * Delete mock…, Mock this response…, shown in the Mocks menu, the catalogue and the history), the
 * editor, the confirmations, and a dialog when the mocks file cannot be loaded or saved.
 */
public final class MocksView {

    private final MocksViewModel vm;
    private final Window owner;
    private final MockSetPane sets;
    private Function<Window, Optional<Path>> openApiChooser = MocksView::chooseOpenApi;

    /**
     * Registers New mock (Ctrl+M), Edit mock (F2) and Delete mock, which act on {@code selectedScenario}
     * when it is one of the user's mocks, and Mock this response, on {@code selectedExchange}.
     */
    public MocksView(
            MocksViewModel vm,
            Window owner,
            ActionRegistry actions,
            ObservableValue<Scenario> selectedScenario,
            ObservableValue<Exchange> selectedExchange) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.owner = Objects.requireNonNull(owner, "owner");
        var isMock = Bindings.createBooleanBinding(
                () -> selectedScenario.getValue() != null
                        && vm.indexOf(selectedScenario.getValue()).isPresent(),
                selectedScenario,
                vm.mocks());
        actions.register(ActionId.NEW_MOCK, this::newMock);
        actions.register(ActionId.EDIT_MOCK, isMock, () -> edit(selectedScenario.getValue()));
        actions.register(ActionId.DELETE_MOCK, isMock, () -> delete(selectedScenario.getValue()));
        actions.register(
                ActionId.MOCK_RESPONSE,
                Bindings.createBooleanBinding(
                        () -> selectedExchange.getValue() != null
                                && !selectedExchange.getValue().failed(),
                        selectedExchange),
                () -> mockResponse(selectedExchange.getValue()));
        actions.register(
                ActionId.WHICH_MOCK,
                Bindings.createBooleanBinding(() -> selectedExchange.getValue() != null, selectedExchange),
                () -> whichMockAnswers(selectedExchange.getValue()));
        actions.register(
                ActionId.IMPORT_OPENAPI, new SimpleBooleanProperty(vm.canImportOpenApi()), this::importOpenApi);
        sets = new MockSetPane(vm.sets(), owner, actions);
        vm.problemProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                showProblem(now);
            }
        });
    }

    /** The mock-set picker, for under the catalogue. */
    public Node setsNode() {
        return sets.node();
    }

    /** Who picks the OpenAPI file to import (a file chooser; a test gives its file). */
    public void chooseOpenApiWith(Function<Window, Optional<Path>> chooser) {
        this.openApiChooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** File → Import OpenAPI…: the file becomes a new mock set, or is refused with a dialog. */
    public void importOpenApi() {
        openApiChooser.apply(owner).ifPresent(vm::importOpenApi);
    }

    private static Optional<Path> chooseOpenApi(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import OpenAPI");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("OpenAPI (*.yaml, *.yml, *.json)", "*.yaml", "*.yml", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
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
        DialogKeys.enterKeeps(alert.getDialogPane(), delete, ButtonType.CANCEL);
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
        DialogKeys.enterKeeps(alert.getDialogPane(), discard, keep);
        return alert.showAndWait().filter(discard::equals).isPresent();
    }

    private void showProblem(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("My mocks");
        alert.setHeaderText("A problem with the mocks file");
        alert.show();
    }
}
