package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.http.Product;
import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.proxy.ProxyDialog;
import dev.statuslab.ui.tls.TrustedCertificatesDialog;
import dev.statuslab.ui.transcript.TranscriptDialogs;
import dev.statuslab.ui.transcript.TranscriptViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Stage;

/**
 * The window's own commands, those no pane owns: the transcript's export and import, clearing the
 * history, the simulator's reset and address, copying the request as curl, the theme, About and
 * Quit. Registered in the window's {@link ActionRegistry} before the panes are made.
 */
final class WindowActions {

    private final MainViewModel vm;
    private final Stage stage;
    private final TranscriptDialogs dialogs;

    private WindowActions(MainViewModel vm, Stage stage, TranscriptDialogs dialogs) {
        this.vm = vm;
        this.stage = stage;
        this.dialogs = dialogs;
    }

    static void register(
            ActionRegistry actions, MainViewModel vm, Stage stage, TranscriptDialogs dialogs, BooleanProperty dark) {
        WindowActions window = new WindowActions(vm, stage, dialogs);
        var hasHistory = Bindings.isNotEmpty(vm.history().exchanges());
        actions.register(ActionId.EXPORT_ALL, hasHistory, window::exportAll);
        actions.register(ActionId.EXPORT_CHOSEN, hasHistory, window::exportChosen);
        actions.register(ActionId.IMPORT_HAR, window::importHar);
        actions.register(ActionId.CLEAR_HISTORY, hasHistory, window::clearHistory);
        actions.register(ActionId.QUIT, stage::close);
        actions.register(ActionId.COPY_CURL, window::copyCurl);
        actions.register(ActionId.RESET_SIMULATOR, vm.baseUriProperty().isNotNull(), vm::resetSimulator);
        actions.register(ActionId.COPY_BASE_URL, vm.baseUriProperty().isNotNull(), window::copyBaseUrl);
        actions.register(ActionId.DARK_THEME, () -> dark.set(!dark.get()));
        actions.register(ActionId.CORS, () -> vm.corsOnProperty()
                .set(!vm.corsOnProperty().get()));
        actions.register(ActionId.PROXY, () -> ProxyDialog.show(vm.proxy(), stage));
        actions.register(
                ActionId.SIMULATOR_HTTPS,
                () -> vm.https().onProperty().set(!vm.https().onProperty().get()));
        actions.register(ActionId.ABOUT, window::about);
        actions.register(ActionId.SHORTCUTS, () -> ShortcutsDialog.show(stage, actions.shortcuts()));
        actions.register(
                ActionId.TRUSTED_CERTIFICATES,
                () -> new TrustedCertificatesDialog(vm.tls().trustedCertificates(), stage).show());
    }

    private Exchange selected() {
        return vm.history().selectedProperty().get();
    }

    private void exportAll() {
        export(vm.transcript()::exportAll);
    }

    private void exportChosen() {
        if (vm.history().chosen().isEmpty() && selected() == null) {
            vm.setMessage("Choose rows in the history first (Shift or Ctrl and click)");
            return;
        }
        export(vm.transcript()::exportChosen);
    }

    private void export(Function<Path, CompletableFuture<TranscriptViewModel.Outcome>> action) {
        if (vm.history().exchanges().isEmpty()) {
            vm.setMessage("There is nothing to export yet");
            return;
        }
        dialogs.exportTarget(stage, TranscriptViewModel.suggestedName(LocalDate.now()))
                .ifPresent(target -> action.apply(target).thenAccept(o -> problem("Export failed", o)));
    }

    private void importHar() {
        dialogs.harToImport(stage)
                .ifPresent(source -> vm.transcript().importHar(source).thenAccept(o -> problem("Import refused", o)));
    }

    private void clearHistory() {
        int count = vm.history().exchanges().size();
        if (count > 0 && dialogs.confirmClear(stage, count)) {
            vm.history().clear();
            vm.setMessage("History cleared");
        }
    }

    /** Runs on the FX thread (the outcome is applied there). */
    private void problem(String title, TranscriptViewModel.Outcome outcome) {
        if (!outcome.ok()) {
            dialogs.showProblem(stage, title, outcome.message());
        }
    }

    private void copyCurl() {
        vm.curlCommand()
                .ifPresentOrElse(
                        cmd -> {
                            copy(cmd);
                            vm.setMessage("Copied the request as a curl command");
                        },
                        () -> vm.setMessage("The request cannot be copied yet: see the message next to the field."));
    }

    private void copyBaseUrl() {
        if (vm.baseUriProperty().get() != null) {
            copy(vm.baseUriProperty().get().toString());
            vm.setMessage("Copied " + vm.baseUriProperty().get());
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About StatusLab");
        alert.setHeaderText("StatusLab " + version());
        alert.getDialogPane().setId("about");
        alert.setContentText("A desktop lab for HTTP status codes, with a Django-faithful simulator.\n"
                + vm.serverStatusProperty().get());
        alert.show();
    }

    /** The version in the jar's manifest (as {@code statuslab --version} reports it), or "development". */
    static String version() {
        return Product.version();
    }
}
