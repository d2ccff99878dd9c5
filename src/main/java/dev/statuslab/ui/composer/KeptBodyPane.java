package dev.statuslab.ui.composer;

import dev.statuslab.core.http.Body;
import dev.statuslab.ui.common.Formats;
import dev.statuslab.ui.common.Styles;
import java.nio.charset.StandardCharsets;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * In place of the body editor while a body too large to edit is kept (loaded from the history or
 * pasted): its size, its first characters, and what can be done with it.
 */
final class KeptBodyPane {

    /** How much of the kept body the preview shows. */
    static final int PREVIEW_BYTES = 300;

    private KeptBodyPane() {}

    static Node create(ComposerViewModel vm, Node editor) {
        Label summary = new Label();
        summary.setId("composer-kept-body");
        summary.setWrapText(true);
        summary.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> summary(vm.keptBodyProperty().get()), vm.keptBodyProperty()));
        Label preview = new Label();
        preview.setId("composer-kept-body-preview");
        preview.setWrapText(true);
        preview.getStyleClass().addAll(Styles.MONO, Styles.MUTED);
        preview.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> preview(vm.keptBodyProperty().get()), vm.keptBodyProperty()));
        Button edit = new Button("Edit anyway");
        edit.setOnAction(e -> vm.editKeptBody());
        Button clear = new Button("Clear body");
        clear.setOnAction(e -> vm.keepBody(null));
        HBox actions = new HBox(8, edit, clear);
        VBox pane = new VBox(10, summary, preview, actions);
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.getStyleClass().add(Styles.KEPT_BODY);
        var kept = Bindings.isNotNull(vm.keptBodyProperty());
        pane.visibleProperty().bind(kept);
        pane.managedProperty().bind(kept);
        editor.visibleProperty().bind(kept.not());
        return pane;
    }

    static String summary(Body kept) {
        return kept == null
                ? ""
                : "This body is " + Formats.size(kept.size())
                        + ", too large to edit comfortably here. It is sent exactly as it was loaded or pasted.";
    }

    /** The body's first characters, then "…" when there is more. */
    static String preview(Body kept) {
        if (kept == null) {
            return "";
        }
        String start = new String(kept.preview(PREVIEW_BYTES), StandardCharsets.UTF_8);
        return kept.size() > PREVIEW_BYTES ? start + "…" : start;
    }
}
