package dev.statuslab.ui.mainwindow;

import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.composer.ComposerView;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** File → Import curl… (a small text dialog) and a curl command pasted into the URL field (issue 10). */
final class CurlActions {

    private CurlActions() {}

    static void register(ActionRegistry actions, MainViewModel vm, Window owner, ComposerView composer) {
        CurlCommands curl = new CurlCommands(vm);
        composer.setOnPaste(curl::paste);
        actions.register(ActionId.IMPORT_CURL, () -> ask(curl, owner));
    }

    private static void ask(CurlCommands curl, Window owner) {
        TextArea command = new TextArea();
        command.setId("import-curl-command");
        command.getStyleClass().add(Styles.MONO);
        command.setPromptText("curl -X POST https://example.com/api/ -H 'Accept: application/json' --json '{…}'");
        command.setWrapText(true);
        command.setPrefSize(640, 180);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import curl");
        dialog.setHeaderText("Paste a curl command: it becomes a request (method, URL, headers, body, -u, -b)");
        dialog.getDialogPane().setId("import-curl-pane");
        dialog.getDialogPane().setContent(command);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(command.textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!curl.open(command.getText())) {
                e.consume(); // the reason is in the status bar; the text stays to be fixed
            }
        });
        dialog.setOnShown(e -> command.requestFocus());
        dialog.showAndWait();
    }
}
