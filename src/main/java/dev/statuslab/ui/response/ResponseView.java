package dev.statuslab.ui.response;

import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.Lazy;
import dev.statuslab.ui.common.StatusBadge;
import dev.statuslab.ui.common.Styles;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

/**
 * The response pane: the status line as received with its badge, time and size, interim lines,
 * the failure when there was no response, and the Body / Headers / Raw tabs. Only binds to the
 * view model; the FileChooser of "Save to file…" is owned by this pane's window.
 */
public final class ResponseView {

    private final ResponseViewModel vm;
    private final BiFunction<Window, String, File> chooseTarget;
    private final ActionRegistry actions;
    private final HeaderCopy headerCopy;
    private final StackPane root = new StackPane();
    /** Nodes the window puts after the status line; the row is built on first use. */
    private final List<Node> besideStatusLine = new ArrayList<>();

    private HBox statusRow;
    private boolean rawStale;

    public ResponseView(ResponseViewModel vm) {
        this(vm, new ActionRegistry());
    }

    /** With the pane's commands (copying headers) registered in the window's {@code actions}. */
    public ResponseView(ResponseViewModel vm, ActionRegistry actions) {
        this(vm, actions, ResponseView::showSaveDialog);
    }

    /**
     * @param chooseTarget asks where to save the body, given the owner window and a suggested
     *                     name; returns null when the user cancels (tests pass a stand-in)
     */
    public ResponseView(ResponseViewModel vm, BiFunction<Window, String, File> chooseTarget) {
        this(vm, new ActionRegistry(), chooseTarget);
    }

    private ResponseView(ResponseViewModel vm, ActionRegistry actions, BiFunction<Window, String, File> chooseTarget) {
        this.vm = vm;
        this.actions = actions;
        this.headerCopy = new HeaderCopy(actions);
        this.chooseTarget = chooseTarget;
        root.setId("response");

        Label placeholder = new Label();
        placeholder.setId("response-placeholder");
        placeholder.getStyleClass().add(Styles.MUTED);
        placeholder.textProperty().bind(vm.placeholderProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(20, 20);
        spinner.visibleProperty().bind(vm.phaseProperty().isEqualTo(ResponseViewModel.Phase.SENDING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        HBox empty = new HBox(8, spinner, placeholder);
        empty.setAlignment(Pos.CENTER);
        empty.visibleProperty().bind(vm.placeholderProperty().isNotEmpty());

        root.getChildren().setAll(empty);
        // Built when there is first something to show: start-up lays out only the placeholder.
        Lazy.once(vm.placeholderProperty(), String::isEmpty, () -> {
            VBox content = new VBox(2, interimLines(), header(), failure(), message(), tabs());
            content.setPadding(new Insets(4, 6, 0, 6)); // the pane's box pads below
            content.visibleProperty().bind(empty.visibleProperty().not());
            root.getChildren().add(0, content);
        });
    }

    public Node node() {
        return root;
    }

    /** Puts a node (the findings' count) right after the status line. */
    public void addBesideStatusLine(Node node) {
        besideStatusLine.add(node);
        if (statusRow != null) {
            statusRow.getChildren().add(1 + besideStatusLine.size(), node);
        }
    }

    private Node header() {
        StatusBadge badge = new StatusBadge();
        badge.setId("response-badge");
        badge.setCode(vm.codeProperty().get());
        vm.codeProperty().addListener((obs, old, now) -> badge.setCode(now.intValue()));
        Label line = new Label();
        line.setId("response-status-line");
        line.getStyleClass().add(Styles.MONO);
        line.textProperty().bind(vm.statusLineProperty());
        line.setMinWidth(Label.USE_PREF_SIZE); // the status line is never cut
        Label time = new Label();
        time.setId("response-time");
        time.getStyleClass().add(Styles.MUTED);
        time.textProperty().bind(vm.timeMsProperty());
        Label size = new Label();
        size.setId("response-size");
        size.getStyleClass().add(Styles.MUTED);
        size.textProperty().bind(vm.sizeProperty());
        time.setMinWidth(Label.USE_PREF_SIZE); // on a narrow window the timing bar gives way, not the figures
        size.setMinWidth(Label.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        TimingBar timings = new TimingBar(vm.timings());
        HBox row = new HBox(8, badge, line, spacer, timings, time, size);
        row.getChildren().addAll(2, besideStatusLine);
        row.setAlignment(Pos.CENTER_LEFT);
        statusRow = row;
        return row;
    }

    private Node interimLines() {
        Label interim = new Label();
        interim.setId("response-interim");
        interim.getStyleClass().addAll(Styles.MONO, Styles.MUTED);
        interim.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", vm.interim()), vm.interim()));
        interim.visibleProperty().bind(Bindings.isNotEmpty(vm.interim()));
        interim.managedProperty().bind(interim.visibleProperty());
        return interim;
    }

    private Node failure() {
        Label failure = new Label();
        failure.setId("response-failure");
        failure.setWrapText(true);
        failure.getStyleClass().add(Styles.FIELD_ERROR);
        failure.textProperty().bind(Bindings.concat("No response: ", vm.failureProperty()));
        failure.visibleProperty().bind(vm.phaseProperty().isEqualTo(ResponseViewModel.Phase.FAILED));
        failure.managedProperty().bind(failure.visibleProperty());
        return failure;
    }

    private Node message() {
        Label message = new Label();
        message.setId("response-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.body().messageProperty());
        message.visibleProperty().bind(vm.body().messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    private Node tabs() {
        BodyTab bodyTab = new BodyTab(vm.body(), this::save);
        Tab body = new Tab("Body", bodyTab.node());
        Tab headers = new Tab("Headers", HeadersTable.create(vm.headers(), headerCopy, actions));
        headers.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Headers (" + vm.headers().size() + ")", vm.headers()));
        CodeArea rawArea = CodeAreas.readOnly("response-raw");
        rawArea.getStyleClass().add(Styles.MONO);
        Tab raw = new Tab("Raw", new VirtualizedScrollPane<>(rawArea));
        TabPane tabs = new TabPane(body, headers, raw);
        tabs.setId("response-tabs");
        tabs.getStyleClass().add(atlantafx.base.theme.Styles.DENSE); // a lower tab row: lines for the body
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // The body's toolbar sits over the tab header row, right of the tabs: no row of its own.
        Node toolbar = bodyTab.toolbar();
        toolbar.visibleProperty().bind(body.selectedProperty());
        StackPane.setAlignment(toolbar, Pos.TOP_RIGHT);
        StackPane withToolbar = new StackPane(tabs, toolbar);
        tabs.visibleProperty().bind(vm.phaseProperty().isEqualTo(ResponseViewModel.Phase.RESPONSE));
        withToolbar.visibleProperty().bind(tabs.visibleProperty());
        withToolbar.managedProperty().bind(withToolbar.visibleProperty());
        VBox.setVgrow(withToolbar, Priority.ALWAYS);
        // The raw text can be megabytes: load it into its area only when the tab is looked at.
        rawStale = true;
        vm.body().rawMessageProperty().addListener((obs, old, now) -> {
            rawStale = true;
            if (raw.isSelected()) {
                refreshRaw(rawArea);
            }
        });
        raw.selectedProperty().addListener((obs, old, selected) -> {
            if (selected) {
                refreshRaw(rawArea);
            }
        });
        return withToolbar;
    }

    private void refreshRaw(CodeArea area) {
        if (rawStale) {
            rawStale = false;
            CodeAreas.show(
                    area, StyledText.plain(vm.body().rawMessageProperty().get().replace("\r\n", "\n")));
        }
    }

    private void save() {
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        File target = chooseTarget.apply(owner, vm.body().suggestedFileName());
        if (target != null) {
            vm.body().saveBody(target.toPath());
        }
    }

    private static File showSaveDialog(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the response body");
        chooser.setInitialFileName(suggestedName);
        return chooser.showSaveDialog(owner);
    }
}
