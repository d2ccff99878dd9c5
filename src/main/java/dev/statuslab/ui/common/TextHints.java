package dev.statuslab.ui.common;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;

/**
 * What a text field says about its text besides it: a problem that marks the field (an unknown
 * {@code {{variable}}}) and a hover text (what its variables stand for). Both "" when there is
 * nothing to say; {@link #changed()} fires when the answers may differ for the same text.
 */
public interface TextHints {

    String problem(String text);

    String hover(String text);

    Observable changed();

    /**
     * Keeps {@code field} marked with {@link Styles#UNKNOWN_VARIABLE} while {@code hints} see a
     * problem in its text, and its tooltip on their hover text (none while there is nothing to say).
     */
    static void mark(TextInputControl field, TextHints hints) {
        Tooltip tip = new Tooltip();
        InvalidationListener show = o -> {
            String text = field.getText() == null ? "" : field.getText();
            field.getStyleClass().remove(Styles.UNKNOWN_VARIABLE);
            if (!hints.problem(text).isEmpty()) {
                field.getStyleClass().add(Styles.UNKNOWN_VARIABLE);
            }
            String hover = hints.hover(text);
            tip.setText(hover);
            field.setTooltip(hover.isEmpty() ? null : tip);
        };
        field.textProperty().addListener(show);
        hints.changed().addListener(show);
        show.invalidated(null);
    }
}
