package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.workbench.RequestCollection;
import dev.statuslab.core.workbench.SimulatorAddress;
import dev.statuslab.core.workbench.Tab;
import dev.statuslab.ui.collections.CollectionsViewModel;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import java.io.File;
import java.net.URI;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Save (Ctrl+S), Import Postman collection… and Export collection as Postman v2.1… (issue 10). The first Save of a tab asks for the
 * collection (an existing one or a new name) and the request's name; later ones update the saved
 * request. The tab is unchanged afterwards.
 */
final class SaveActions {

    static final String DEFAULT_COLLECTION = "My requests";

    private SaveActions() {}

    static void register(ActionRegistry actions, MainViewModel vm, Window owner) {
        actions.register(ActionId.SAVE_REQUEST, () -> save(vm, owner));
        actions.register(
                ActionId.EXPORT_POSTMAN,
                Bindings.isNotEmpty(vm.collections().collections()),
                () -> exportPostman(vm, owner));
        actions.register(ActionId.IMPORT_POSTMAN, () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Import Postman collection");
            chooser.getExtensionFilters()
                    .addAll(
                            new FileChooser.ExtensionFilter("Postman collection (*.json)", "*.json"),
                            new FileChooser.ExtensionFilter("All files", "*"));
            File file = chooser.showOpenDialog(owner);
            if (file != null) {
                vm.collections().importPostmanLater(file.toPath());
            }
        });
    }

    /** File → Export collection as Postman v2.1…: the selected collection, written in the background. */
    private static void exportPostman(MainViewModel vm, Window owner) {
        Optional<RequestCollection> collection = vm.collections().toExport();
        if (collection.isEmpty()) {
            vm.setMessage("Select a collection (or one of its requests) in the Collections panel first");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export \"" + collection.get().name() + "\" as a Postman collection");
        chooser.setInitialFileName(collection.get().id() + ".postman_collection.json");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Postman collection (*.json)", "*.json"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            URI base = vm.baseUriProperty().get();
            vm.collections()
                    .exportPostmanLater(
                            collection.get(), base == null ? null : new SimulatorAddress(base), file.toPath());
        }
    }

    static void save(MainViewModel vm, Window owner) {
        Tab tab = vm.tabs().current();
        CollectionsViewModel collections = vm.collections();
        if (CollectionsViewModel.isSaved(tab.origin()) && collections.update(tab.origin(), tab.draft())) {
            vm.tabs().markSaved(tab.title(), tab.origin());
            vm.setMessage("Saved \"" + tab.title() + "\"");
            return;
        }
        ask(vm, owner, tab.title()).ifPresent(answer -> {
            String origin = collections.saveNew(answer[0], answer[1], tab.draft());
            vm.tabs().markSaved(answer[1], origin);
            vm.setMessage("Saved \"" + answer[1] + "\" into the collection \"" + answer[0] + "\"");
        });
    }

    /** The collection and the name, or nothing when the user cancelled. */
    private static Optional<String[]> ask(MainViewModel vm, Window owner, String title) {
        ComboBox<String> collection = new ComboBox<>();
        collection.setId("save-collection");
        collection.setEditable(true);
        collection.getItems().setAll(vm.collections().names());
        collection
                .getEditor()
                .setText(
                        collection.getItems().isEmpty()
                                ? DEFAULT_COLLECTION
                                : collection.getItems().get(0));
        TextField name = new TextField(title);
        name.setId("save-name");
        name.setPrefColumnCount(28);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Collection"), collection);
        grid.addRow(1, new Label("Name"), name);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Save request");
        dialog.setHeaderText("Save this tab's request into a collection");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(name.textProperty()
                        .isEmpty()
                        .or(collection.getEditor().textProperty().isEmpty()));
        dialog.setOnShown(e -> name.requestFocus());
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(b -> new String[] {
            collection.getEditor().getText().strip(), name.getText().strip()
        });
    }
}
