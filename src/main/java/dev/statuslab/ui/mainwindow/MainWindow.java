package dev.statuslab.ui.mainwindow;

import dev.statuslab.core.transcript.Exchange;
import dev.statuslab.ui.catalogue.CatalogueView;
import dev.statuslab.ui.common.AppPreferences;
import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.common.Theme;
import dev.statuslab.ui.composer.ComposerView;
import dev.statuslab.ui.explanation.ExplanationView;
import dev.statuslab.ui.history.HistoryView;
import dev.statuslab.ui.mocks.MocksView;
import dev.statuslab.ui.response.ResponseView;
import dev.statuslab.ui.tls.TlsView;
import dev.statuslab.ui.transcript.SystemDialogs;
import dev.statuslab.ui.transcript.TranscriptDialogs;
import dev.statuslab.ui.transcript.TranscriptViewModel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The window of DESIGN.md: catalogue left, composer over response in the centre, explanation
 * right, history below, a status bar with the simulator's address. It only lays out and binds;
 * state and commands live in {@link MainViewModel}.
 */
public final class MainWindow {

    private static final double[] MAIN_SPLIT = {0.2, 0.7};
    private static final double[] CENTRE_SPLIT = {0.38};
    private static final double[] OUTER_SPLIT = {0.76};

    private final MainViewModel vm;
    private final Stage stage;
    private final AppPreferences prefs;
    private final BooleanProperty dark;
    private final SplitPane main;
    private final SplitPane centre;
    private final SplitPane outer;
    private final Scene scene;
    private final TranscriptDialogs dialogs;

    public MainWindow(MainViewModel vm, Stage stage, AppPreferences prefs, Consumer<String> openUrl) {
        this(vm, stage, prefs, openUrl, new SystemDialogs());
    }

    public MainWindow(MainViewModel vm, Stage stage, AppPreferences prefs, Consumer<String> openUrl,
                      TranscriptDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.stage = stage;
        this.prefs = prefs;
        this.dark = new SimpleBooleanProperty(prefs.darkTheme());
        // Before the first control exists: a control class's first use otherwise loads and parses
        // JavaFX's default stylesheet (Modena), only for the theme to replace it.
        Theme.apply(dark.get());
        MocksView mocks = new MocksView(vm.mocks(), stage);
        CatalogueView catalogue = new CatalogueView(vm.catalogue(), vm::sendSelected, mocks.catalogueActions());
        ComposerView composer = new ComposerView(vm.composer(), vm::send, vm::cancel, vm.waitingProperty());
        ResponseView response = new ResponseView(vm.response());
        ExplanationView explanation = new ExplanationView(vm.explanation(), openUrl);
        HistoryView history = new HistoryView(vm.history(), new HistoryView.Actions(vm::editAndResend,
                vm::editAndResendToSimulator, vm::followRedirect, this::exportAll, this::exportChosen, this::importHar,
                this::clearHistory));
        history.addRowAction("Mock this response…", "history-mock-response", mocks::mockResponse);

        Node left = padded(catalogue.node());
        Node right = padded(explanation.node());
        Node bottom = padded(history.node());
        VBox responseAndTls = new VBox(6, new TlsView(vm.tls()).node(), response.node()); // issue 11: TLS section
        VBox.setVgrow(response.node(), Priority.ALWAYS);
        centre = split(Orientation.VERTICAL, padded(composer.node()), padded(responseAndTls));
        main = split(Orientation.HORIZONTAL, left, centre, right);
        outer = split(Orientation.VERTICAL, main, bottom);
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        SplitPane.setResizableWithParent(bottom, false);

        var hasSelection = Bindings.isNotNull(vm.history().selectedProperty());
        BorderPane root = new BorderPane(outer);
        root.setTop(MainMenu.create(new MainMenu.Actions(vm::send, vm::cancel,
                () -> vm.editAndResend(selected()), () -> vm.followRedirect(selected()), this::copyCurl,
                vm::resetSimulator, this::copyBaseUrl, () -> focus("#catalogue-search"), () -> focus("#composer-url"),
                this::exportAll, this::exportChosen, this::importHar, this::clearHistory,
                stage::close, this::about), vm.sendingProperty(), hasSelection, dark));
        MenuBar menus = (MenuBar) root.getTop();
        menus.getMenus().add(menus.getMenus().size() - 1, mocks.menu(vm.catalogue().selectedScenarioProperty()));
        root.setBottom(statusBar());

        AppPreferences.WindowBounds b = prefs.windowBounds();
        scene = new Scene(root, b.width(), b.height());
        Theme.addAppStyles(scene);
        dark.addListener((obs, was, now) -> Theme.apply(now));
        stage.setScene(scene);
        stage.setTitle("StatusLab");
        if (!Double.isNaN(b.x()) && !Double.isNaN(b.y())) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setMaximized(b.maximized());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> remember());
        Platform.runLater(() -> {
            restore(main, "main", MAIN_SPLIT);
            restore(centre, "centre", CENTRE_SPLIT);
            restore(outer, "outer", OUTER_SPLIT);
        });
    }

    public Scene scene() {
        return scene;
    }

    private Node statusBar() {
        Label server = new Label();
        server.setId("status-server");
        server.textProperty().bind(vm.serverStatusProperty());
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        Label notSaved = new Label("History not saved");
        notSaved.setId("status-history-not-saved");
        notSaved.getStyleClass().add(Styles.FIELD_WARNING);
        notSaved.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.material2.Material2MZ.WARNING));
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(vm.historyNotSavedProperty());
        notSaved.setTooltip(why);
        notSaved.visibleProperty().bind(vm.historyNotSavedProperty().isNotEmpty());
        notSaved.managedProperty().bind(notSaved.visibleProperty());
        // The address and the warning keep their width; a long message is the one cut short.
        server.setMinWidth(Region.USE_PREF_SIZE);
        notSaved.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, server, notSaved, gap, message);
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
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
        dialogs.harToImport(stage).ifPresent(source ->
                vm.transcript().importHar(source).thenAccept(o -> problem("Import refused", o)));
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
        vm.curlCommand().ifPresentOrElse(cmd -> {
            copy(cmd);
            vm.setMessage("Copied the request as a curl command");
        }, () -> vm.setMessage("The request cannot be copied yet: see the message next to the field."));
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

    private void focus(String selector) {
        Node node = scene.lookup(selector);
        if (node != null) {
            node.requestFocus();
        }
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(stage);
        alert.setTitle("About StatusLab");
        alert.setHeaderText("StatusLab");
        alert.setContentText("A desktop lab for HTTP status codes, with a Django-faithful simulator.\n"
                + vm.serverStatusProperty().get());
        alert.show();
    }

    private void remember() {
        prefs.setDarkTheme(dark.get());
        if (!stage.isMaximized()) {
            prefs.setWindowBounds(new AppPreferences.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        } else {
            AppPreferences.WindowBounds b = prefs.windowBounds();
            prefs.setWindowBounds(new AppPreferences.WindowBounds(b.x(), b.y(), b.width(), b.height(), true));
        }
        prefs.setDividers("main", main.getDividerPositions());
        prefs.setDividers("centre", centre.getDividerPositions());
        prefs.setDividers("outer", outer.getDividerPositions());
        prefs.flush();
    }

    private void restore(SplitPane pane, String name, double[] defaults) {
        pane.setDividerPositions(prefs.dividers(name, defaults));
    }

    private static Node padded(Node content) {
        StackPane box = new StackPane(content);
        box.getStyleClass().add(Styles.PANE_BOX);
        return box;
    }

    private static SplitPane split(Orientation orientation, Node... items) {
        SplitPane pane = new SplitPane(items);
        pane.setOrientation(orientation);
        return pane;
    }
}
