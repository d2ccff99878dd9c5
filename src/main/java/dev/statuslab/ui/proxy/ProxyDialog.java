package dev.statuslab.ui.proxy;

import dev.statuslab.ui.common.FieldMessages;
import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.common.Theme;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Simulator → Proxy to a backend…: the backend's URL and "Record answers into set: [name]", each
 * checked in place with the reason; Proxy applies them to the running simulator, Stop proxying
 * sends what no mock answers to the simulated site again. Only lays out and binds.
 */
public final class ProxyDialog {

    static final ButtonType PROXY = new ButtonType("Proxy", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType STOP = new ButtonType("Stop proxying", ButtonBar.ButtonData.OTHER);

    private ProxyDialog() {}

    /** Shows the dialog (not blocking); what it asks for is applied when it closes. */
    public static void show(ProxyViewModel vm, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Proxy to a backend");
        var pane = dialog.getDialogPane();
        pane.setId("proxy-dialog");
        pane.getStylesheets().add(Theme.APP_CSS);
        pane.setHeaderText("Requests no mock answers go to this backend, and its answers come back as they are");

        TextField url = new TextField();
        url.setId("proxy-url");
        url.setPromptText("https://api.example.com");
        url.getStyleClass().add(Styles.MONO);
        url.textProperty().bindBidirectional(vm.urlProperty());
        FieldMessages.markInvalid(url, vm.urlProblemProperty());
        Label urlProblem = FieldMessages.message(vm.urlProblemProperty(), Styles.FIELD_ERROR, "proxy-url-problem");

        CheckBox record = new CheckBox("Record answers into set:");
        record.setId("proxy-record");
        record.selectedProperty().bindBidirectional(vm.recordProperty());
        record.setTooltip(new Tooltip("Each answer becomes a mock of this set (a repeat replaces the one before);"
                + " the set answers once the proxy stops, so the front-end can work offline"));
        TextField name = new TextField();
        name.setId("proxy-set-name");
        name.textProperty().bindBidirectional(vm.setNameProperty());
        name.disableProperty().bind(vm.recordProperty().not());
        FieldMessages.markInvalid(name, vm.setNameProblemProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        Label nameProblem =
                FieldMessages.message(vm.setNameProblemProperty(), Styles.FIELD_ERROR, "proxy-set-name-problem");

        VBox content = new VBox(6, new Label("Backend URL"), url, urlProblem, new HBox(6, record, name), nameProblem);
        content.setPrefWidth(480);
        pane.setContent(content);
        pane.getButtonTypes().setAll(PROXY, STOP, ButtonType.CANCEL);
        Button proxy = (Button) pane.lookupButton(PROXY);
        proxy.setId("proxy-apply");
        proxy.disableProperty().bind(vm.canApplyProperty().not());
        Button stop = (Button) pane.lookupButton(STOP);
        stop.setId("proxy-stop");
        stop.setDisable(!vm.appliedProperty().get().on());

        dialog.setOnHidden(e -> {
            url.textProperty().unbindBidirectional(vm.urlProperty());
            record.selectedProperty().unbindBidirectional(vm.recordProperty());
            name.textProperty().unbindBidirectional(vm.setNameProperty());
            if (dialog.getResult() == PROXY) {
                vm.apply();
            } else if (dialog.getResult() == STOP) {
                vm.stop();
            }
        });
        dialog.show();
        Platform.runLater(url::requestFocus);
    }
}
