package dev.statuslab.ui.mocks;

import dev.statuslab.ui.common.DialogKeys;
import dev.statuslab.ui.common.FieldChecks;
import dev.statuslab.ui.common.FieldMessages;
import dev.statuslab.ui.common.HeaderRow;
import dev.statuslab.ui.common.RowTable;
import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.common.Theme;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The mock editor: method, path, status (with its registered title), reason phrase, delay, header
 * rows and body, each field's message next to it, the warnings below, and Save (off while a field
 * cannot make a route). Closing it with unsaved edits asks first. It only lays out and binds; the
 * draft and its checks are {@link MockEditorViewModel}'s.
 */
final class MockEditorDialog {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);

    private final MockEditorViewModel draft;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final FieldChecks checks = new FieldChecks();
    private boolean discardAgreed;

    /** @param confirmDiscard asks whether to throw away the unsaved edits */
    MockEditorDialog(MockEditorViewModel draft, Window owner, BooleanSupplier confirmDiscard) {
        this.draft = Objects.requireNonNull(draft, "draft");
        dialog.initOwner(owner);
        dialog.setTitle(draft.title());
        dialog.setResizable(true);
        var pane = dialog.getDialogPane();
        pane.setId("mock-editor");
        pane.getStylesheets().add(Theme.APP_CSS);
        pane.setHeaderText(draft.title());
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        pane.setContent(scroll);
        pane.setPrefSize(680, 700);
        pane.getButtonTypes().setAll(SAVE, ButtonType.CANCEL);

        Button save = (Button) pane.lookupButton(SAVE);
        save.setId("mock-save");
        save.disableProperty().bind(draft.validProperty().not());
        save.setTooltip(new Tooltip("Save the mock: it is served at once and kept in the mocks file (Ctrl+Enter)"));
        DialogKeys.saveOnlyOnShortcutEnter(pane, SAVE); // Enter commits the field or cell typed in
        Button cancel = (Button) pane.lookupButton(ButtonType.CANCEL);
        cancel.setId("mock-cancel");
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            if (!mayDiscard(confirmDiscard)) {
                e.consume();
            }
        });
        dialog.setOnCloseRequest(e -> {
            if (dialog.getResult() != SAVE && !mayDiscard(confirmDiscard)) {
                e.consume();
            }
        });
    }

    /** Shows the editor (not blocking); {@code onSave} runs on the FX thread when the user saves. */
    void show(Runnable onSave) {
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == SAVE) {
                onSave.run();
            }
        });
        dialog.show();
        Platform.runLater(() -> {
            TextField path = (TextField) dialog.getDialogPane().lookup("#mock-path");
            path.requestFocus();
            path.selectAll();
        });
    }

    private boolean mayDiscard(BooleanSupplier confirmDiscard) {
        if (discardAgreed || !draft.changedProperty().get()) {
            return true;
        }
        discardAgreed = confirmDiscard.getAsBoolean();
        return discardAgreed;
    }

    private Node content() {
        ComboBox<String> method = new ComboBox<>(FXCollections.observableArrayList(MockEditorViewModel.METHODS));
        method.setId("mock-method");
        method.setEditable(true);
        method.setPrefWidth(120);
        method.setValue(draft.methodProperty().get());
        method.getEditor().textProperty().bindBidirectional(draft.methodProperty());
        method.setTooltip(new Tooltip("Any token, or * for any method; a GET mock also answers HEAD"));
        checks.error(method, draft.methodErrorProperty());
        TextField path = MockForms.field("mock-path", "/api/users");
        path.textProperty().bindBidirectional(draft.pathProperty());
        path.getStyleClass().add(Styles.MONO);
        checks.error(path, draft.pathErrorProperty());

        TextField status = MockForms.field("mock-status", "503");
        status.setPrefColumnCount(4);
        status.textProperty().bindBidirectional(draft.statusProperty());
        checks.error(status, draft.statusErrorProperty());
        Label title = new Label();
        title.setId("mock-status-title");
        title.getStyleClass().add(Styles.MUTED);
        title.textProperty().bind(draft.statusTitleProperty());
        title.setMinWidth(Label.USE_PREF_SIZE);
        TextField reason = MockForms.field("mock-reason", null);
        reason.textProperty().bindBidirectional(draft.reasonProperty());
        reason.promptTextProperty()
                .bind(Bindings.createStringBinding(
                        () -> draft.reasonPromptProperty().get().isEmpty()
                                ? "Optional"
                                : "Optional; blank sends \""
                                        + draft.reasonPromptProperty().get() + "\"",
                        draft.reasonPromptProperty()));
        checks.error(reason, draft.reasonErrorProperty());
        TextField delay = MockForms.field("mock-delay", "0");
        delay.setPrefColumnCount(6);
        delay.textProperty().bindBidirectional(draft.delayProperty());
        checks.error(delay, draft.delayErrorProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, MockForms.label("Method", method), method);
        grid.addRow(1, MockForms.label("Path", path), path);
        grid.addRow(2, MockForms.label("Status", status), MockForms.row(status, title));
        grid.addRow(3, MockForms.label("Reason", reason), reason);
        Label ms = new Label("ms before answering");
        ms.getStyleClass().add(Styles.MUTED);
        grid.addRow(4, MockForms.label("Delay", delay), MockForms.row(delay, ms));

        VBox box = new VBox(6);
        if (!draft.note().isEmpty()) {
            Label note = new Label(draft.note());
            note.setId("mock-note");
            note.setWrapText(true);
            note.getStyleClass().add(Styles.FIELD_WARNING);
            box.getChildren().add(note);
        }
        box.getChildren()
                .addAll(
                        grid,
                        new MockRulesPane(draft.rules()).node(),
                        headers(),
                        body(),
                        FieldMessages.message(draft.warningsProperty(), Styles.FIELD_WARNING, "mock-warnings"));
        return box;
    }

    private Node headers() {
        RowTable<HeaderRow> table = new RowTable<>(
                "mock-headers",
                "header",
                draft.headers(),
                draft::addHeader,
                draft::removeHeader,
                draft.invalidHeaderRowProperty());
        table.table().setPrefHeight(150);
        Button suggested = new Button("Add suggested headers", new FontIcon(Material2AL.LIGHTBULB));
        suggested.setId("mock-suggested-headers");
        suggested.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
        suggested.setTooltip(new Tooltip("Add the headers this status requires or recommends, with example values"));
        suggested
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> !draft.hasSuggestedHeaders(), draft.statusProperty(), draft.headers()));
        suggested.setOnAction(e -> draft.addSuggestedHeaders());
        Label title = new Label("Headers");
        title.getStyleClass().add(Styles.PANE_TITLE);
        VBox box = new VBox(
                4,
                MockForms.row(title, suggested),
                table.node(),
                FieldMessages.message(draft.headerErrorProperty(), Styles.FIELD_ERROR, "mock-header-error"));
        VBox.setVgrow(box, Priority.SOMETIMES);
        return box;
    }

    private Node body() {
        TextArea body = new TextArea();
        body.setId("mock-body");
        body.getStyleClass().add(Styles.MONO);
        body.setPromptText(
                "The response body, sent as UTF-8 (set its Content-Type above); {{request.query.id}},"
                        + " {{request.params.id}}, {{request.json.name}}, {{uuid}}, {{now}}, {{counter}} are filled in per request");
        body.setPrefRowCount(6);
        body.textProperty().bindBidirectional(draft.bodyProperty());
        Label title = new Label("Body");
        title.getStyleClass().add(Styles.PANE_TITLE);
        title.setLabelFor(body);
        VBox box = new VBox(
                4,
                title,
                body,
                FieldMessages.message(
                        draft.rules().templateErrorProperty(), Styles.FIELD_ERROR, "mock-template-error"));
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }
}
