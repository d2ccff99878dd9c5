package dev.statuslab.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/** A field's message shown next to it, and the field marked {@code :invalid} while it has an error. */
public final class FieldMessages {

    private FieldMessages() {}

    /**
     * A wrapping label for {@code text}, shown only when there is something to say. Its line is kept
     * while it is empty, so that a message appearing does not push the form around (issue 16).
     */
    public static Label message(ObservableStringValue text, String styleClass, String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMinHeight(Control.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        return label;
    }

    /** Keeps {@link Styles#INVALID} on {@code field} while {@code error} is not empty. */
    public static void markInvalid(Node field, ObservableStringValue error) {
        field.pseudoClassStateChanged(Styles.INVALID, !error.get().isEmpty());
        error.addListener((obs, old, now) -> field.pseudoClassStateChanged(Styles.INVALID, !now.isEmpty()));
    }
}
