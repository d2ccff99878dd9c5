package dev.statuslab.ui.composer;

import dev.statuslab.ui.common.ActionControls;
import dev.statuslab.ui.common.ActionId;
import dev.statuslab.ui.common.ActionRegistry;
import dev.statuslab.ui.common.FieldChecks;
import dev.statuslab.ui.common.FieldMessages;
import dev.statuslab.ui.common.HeaderRow;
import dev.statuslab.ui.common.Lazy;
import dev.statuslab.ui.common.NameValueRow;
import dev.statuslab.ui.common.ParamRow;
import dev.statuslab.ui.common.RowTable;
import dev.statuslab.ui.common.Styles;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The request composer: method, URL, Send and Cancel on top, with each field's message under it;
 * below, tabs for the query parameters, the headers and the body. It owns the Send (Ctrl+Enter)
 * and Cancel (Esc, while a request is shown as waiting for its answer) commands of the window.
 */
public final class ComposerView {

    private final ComposerViewModel vm;
    private final ActionRegistry actions;
    private final BooleanExpression busy;

    private Predicate<String> pasted = text -> false;
    /** The URL field; a paste is offered to {@link #setOnPaste} first (a curl command becomes the request). */
    private final TextField url = new TextField() {
        @Override
        public void paste() {
            String text = Clipboard.getSystemClipboard().getString();
            if (text == null || !pasted.test(text)) {
                super.paste();
            }
        }
    };

    private final FieldChecks checks = new FieldChecks();
    private final VariableMarks marks;
    private final VBox root;

    /**
     * Registers Send (Ctrl+Enter), Cancel (Esc) and Focus URL in {@code actions}.
     *
     * @param waiting true while a request is shown as waiting for its answer: Send is disabled and
     *                Cancel shown (the main window sets it only when an answer is slow to come)
     * @param more    tabs after the body's
     */
    public ComposerView(
            ComposerViewModel vm,
            ActionRegistry actions,
            Runnable onSend,
            Runnable onCancel,
            ObservableBooleanValue waiting,
            Tab... more) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.busy = BooleanExpression.booleanExpression(Objects.requireNonNull(waiting, "waiting"));
        this.marks = new VariableMarks(vm);
        actions.register(ActionId.SEND, vm.canSend().and(busy.not()), onSend);
        actions.register(ActionId.CANCEL, busy, onCancel);
        actions.register(ActionId.FOCUS_URL, url::requestFocus);

        // Postman's order: Params, Auth, Headers, Body, then the settings
        TabPane tabs = new TabPane(
                paramsTab(), AuthTab.tab(vm.extras().authForm(), marks), headersTab(), ComposerBody.tab(vm, marks));
        tabs.getTabs().addAll(more);
        tabs.setId("composer-tabs");
        tabs.getStyleClass().add(atlantafx.base.theme.Styles.DENSE); // a lower tab row: lines for the editor
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root = new VBox(6, topRow(), tabs);
        root.setMinWidth(0);
        // Also from the body editor, which would take Enter (and Esc) for itself.
        root.addEventFilter(
                KeyEvent.KEY_PRESSED, e -> ActionControls.forward(e, actions, ActionId.SEND, ActionId.CANCEL));
    }

    public Node node() {
        return root;
    }

    /**
     * What a paste into the URL field (or Enter on what was typed there) is offered to first; when
     * it takes the text (returns true), the field does not paste it.
     */
    public void setOnPaste(Predicate<String> handler) {
        this.pasted = Objects.requireNonNull(handler, "handler");
    }

    private GridPane topRow() {
        ComboBox<String> method = new ComboBox<>(FXCollections.observableArrayList(ComposerViewModel.COMMON_METHODS));
        method.setId("composer-method");
        method.setEditable(true);
        method.setPrefWidth(100);
        method.setTooltip(new Tooltip("Any token: pick a common method or type your own"));
        method.setValue(vm.methodProperty().get());
        method.getEditor().textProperty().bindBidirectional(vm.methodProperty());
        vm.methodProperty().addListener((obs, old, now) -> {
            if (!method.getEditor().isFocused() && !Objects.equals(method.getValue(), now)) {
                method.setValue(now);
            }
        });
        checks.error(method, vm.methodErrorProperty());

        url.setId("composer-url");
        url.setPromptText("http://127.0.0.1:8000/…");
        url.getStyleClass().add(Styles.MONO);
        url.textProperty().bindBidirectional(vm.urlProperty());
        url.setOnAction(e -> {
            if (!pasted.test(url.getText())) {
                actions.fire(ActionId.SEND);
            }
        });
        checks.error(url, vm.urlErrorProperty());

        Button sendButton = ActionControls.button(
                actions.get(ActionId.SEND), "Send", new FontIcon(Material2MZ.SEND), "Send the request");
        sendButton.setId("composer-send");
        sendButton.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        sendButton.setMinWidth(Control.USE_PREF_SIZE);

        Button cancelButton = ActionControls.button(
                actions.get(ActionId.CANCEL), "Cancel", new FontIcon(Material2AL.CLOSE), "Stop waiting for the answer");
        cancelButton.setId("composer-cancel");
        cancelButton.visibleProperty().bind(busy);
        cancelButton.managedProperty().bind(busy);
        cancelButton.setMinWidth(Control.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(6);
        ColumnConstraints methodColumn = new ColumnConstraints();
        ColumnConstraints urlColumn = new ColumnConstraints();
        urlColumn.setHgrow(Priority.ALWAYS);
        urlColumn.setMinWidth(0);
        grid.getColumnConstraints().addAll(methodColumn, urlColumn);
        grid.add(method, 0, 0);
        grid.add(UrlUnderline.around(url, marks), 1, 0);
        grid.add(new HBox(6, sendButton, cancelButton), 2, 0);
        grid.add(urlMessage(), 1, 1, 2, 1);
        Tooltip resolved = new Tooltip();
        resolved.textProperty().bind(marks.urlHoverProperty());
        url.tooltipProperty()
                .bind(Bindings.when(marks.urlHoverProperty().isEmpty())
                        .then((Tooltip) null)
                        .otherwise(resolved));
        url.setMaxWidth(Double.MAX_VALUE);
        return grid;
    }

    /**
     * The line under the URL: the unknown variables named (an error) when there are any, else the URL
     * as it will be sent when it holds variables, else the "Sent as …" note; one line, so the form
     * does not move.
     */
    private Label urlMessage() {
        StringBinding text = Bindings.createStringBinding(
                () -> !marks.urlUnknownProperty().get().isEmpty()
                        ? marks.urlUnknownProperty().get()
                        : !marks.urlSentProperty().get().isEmpty()
                                ? "Sends " + marks.urlSentProperty().get()
                                : vm.urlNoteProperty().get(),
                marks.urlUnknownProperty(),
                marks.urlSentProperty(),
                vm.urlNoteProperty());
        Label message = FieldMessages.message(text, Styles.FIELD_NOTE, "composer-url-note");
        message.setWrapText(false); // one line, the names first; the whole sentence on hover
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(text);
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        message.setTooltip(whole);
        message.setMinWidth(0);
        marks.urlUnknownProperty().addListener((obs, was, now) -> {
            message.getStyleClass().removeAll(Styles.FIELD_NOTE, Styles.FIELD_ERROR);
            message.getStyleClass().add(now.isEmpty() ? Styles.FIELD_NOTE : Styles.FIELD_ERROR);
        });
        return message;
    }

    private Tab paramsTab() {
        RowTable<ParamRow> table = new RowTable<>(
                "composer-params",
                "parameter",
                vm.queryParams(),
                vm::addParam,
                vm::removeParam,
                new SimpleObjectProperty<NameValueRow>());
        table.setHints(marks);
        Tab tab = new Tab(null, padded(table.node()));
        counted(tab, "Params", vm.paramCountProperty());
        return tab;
    }

    private Tab headersTab() {
        Tab tab = new Tab();
        Lazy.content(tab, () -> {
            RowTable<HeaderRow> table = new RowTable<>(
                    "composer-headers",
                    "header",
                    vm.headers(),
                    vm::addHeader,
                    vm::removeHeader,
                    vm.invalidHeaderRowProperty());
            table.setHints(marks);
            Label error = FieldMessages.message(vm.headerErrorProperty(), Styles.FIELD_ERROR, "composer-header-error");
            Label unknown = FieldMessages.message(
                    marks.headersUnknownProperty(), Styles.FIELD_ERROR, "composer-header-variables");
            unknown.managedProperty().bind(unknown.visibleProperty());
            CheckBox jar = new CheckBox("Send the cookie jar's matching cookies (Request → Cookies…)");
            jar.setId("composer-send-cookies");
            jar.selectedProperty().bindBidirectional(vm.extras().sendCookiesProperty());
            return padded(jar, table.node(), error, unknown, AddedWhenSent.node(new AddedFields(vm)));
        });
        counted(tab, "Headers", vm.headerCountProperty());
        FontIcon icon = new FontIcon(Material2AL.ERROR_OUTLINE);
        icon.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
        Node alert = new StackPane(icon); // not a direct child of the tab label, which would recolour it
        tab.graphicProperty()
                .bind(Bindings.when(Bindings.isNotEmpty(vm.headerErrorProperty()))
                        .then(alert)
                        .otherwise((Node) null));
        return tab;
    }

    private static void counted(Tab tab, String title, ReadOnlyIntegerProperty count) {
        tab.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> count.get() == 0 ? title : title + " (" + count.get() + ")", count));
    }

    private static VBox padded(Node... nodes) {
        VBox box = new VBox(6, nodes);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }
}
