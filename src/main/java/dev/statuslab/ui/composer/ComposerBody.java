package dev.statuslab.ui.composer;

import dev.statuslab.core.scenario.BodyKind;
import dev.statuslab.core.workbench.VariableText;
import dev.statuslab.ui.common.FieldMessages;
import dev.statuslab.ui.common.Lazy;
import dev.statuslab.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The composer's Body tab: the body type, the editor, its warnings, and a kept body too large to edit. */
final class ComposerBody {

    private ComposerBody() {}

    static Tab tab(ComposerViewModel vm, VariableMarks marks) {
        Tab tab = new Tab();
        tab.setId("composer-body-tab");
        Lazy.content(tab, () -> content(vm, marks));
        tab.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            BodyKind k = vm.bodyKindProperty().get();
                            return k == null || k == BodyKind.NONE ? "Body" : "Body (" + kindName(k) + ")";
                        },
                        vm.bodyKindProperty()));
        return tab;
    }

    private static Node content(ComposerViewModel vm, VariableMarks marks) {
        ComboBox<BodyKind> kind = new ComboBox<>(FXCollections.observableArrayList(BodyKind.values()));
        kind.setId("composer-body-kind");
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(BodyKind k) {
                return k == null ? "" : kindName(k);
            }

            @Override
            public BodyKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(vm.bodyKindProperty());
        Label kindLabel = new Label("Content type");
        kindLabel.setLabelFor(kind);
        HBox kindRow = new HBox(6, kindLabel, kind, bodyOnGetNote(vm));
        kindRow.setAlignment(Pos.CENTER_LEFT);

        TextArea body = new BodyEditor(vm);
        VBox.setVgrow(body, Priority.ALWAYS);

        Label warning = message(vm.bodyWarningProperty(), Styles.FIELD_WARNING, "composer-body-warning");
        // Over the editor's foot instead of a line of its own: a low window keeps that line for
        // the text, and a warning appearing does not move the editor.
        warning.getStyleClass().add(Styles.OVERLAY_MESSAGE);
        warning.setMouseTransparent(true);
        warning.setMaxHeight(Label.USE_PREF_SIZE);
        warning.managedProperty().bind(warning.visibleProperty());
        StackPane.setAlignment(warning, Pos.BOTTOM_LEFT);
        StackPane editorBox = new StackPane(body, KeptBodyPane.create(vm, body), warning);
        VBox.setVgrow(editorBox, Priority.ALWAYS);
        Label unknown = message(marks.bodyUnknownProperty(), Styles.FIELD_ERROR, "composer-body-variables");
        unknown.managedProperty().bind(unknown.visibleProperty());
        Tooltip resolved = new Tooltip();
        resolved.setOnShowing(e -> resolved.setText(marks.hover(text(vm))));
        body.tooltipProperty() // only while the body holds variables: what they stand for
                .bind(Bindings.createObjectBinding(
                        () -> VariableText.hasReferences(text(vm)) ? resolved : null, vm.bodyTextProperty()));
        return padded(kindRow, editorBox, unknown);
    }

    /** "GET with a body: most servers ignore it" and "Don't send the body", in the type's row (item 5). */
    private static Node bodyOnGetNote(ComposerViewModel vm) {
        BodyOnGet onGet = new BodyOnGet(vm);
        Label note = message(onGet.noteProperty(), Styles.FIELD_WARNING, "composer-body-on-get");
        Button drop = new Button("Don't send the body");
        drop.setId("composer-body-dont-send");
        drop.setOnAction(e -> onGet.dontSend());
        HBox box = new HBox(6, note, drop);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(note.visibleProperty());
        return box;
    }

    private static String text(ComposerViewModel vm) {
        return vm.bodyTextProperty().get() == null ? "" : vm.bodyTextProperty().get();
    }

    static String kindName(BodyKind kind) {
        return switch (kind) {
            case NONE -> "none";
            case JSON -> "JSON";
            case FORM -> "form";
            case TEXT -> "text";
        };
    }

    private static VBox padded(Node... nodes) {
        VBox box = new VBox(6, nodes);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static Label message(ReadOnlyStringProperty text, String styleClass, String id) {
        return FieldMessages.message(text, styleClass, id);
    }
}
