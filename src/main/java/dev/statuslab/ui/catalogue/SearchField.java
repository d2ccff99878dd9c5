package dev.statuslab.ui.catalogue;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A search field with a magnifier on the left and a clear button on the right while it holds text.
 * It is ControlsFX's {@link CustomTextField} styled by the theme alone: ControlsFX's own stylesheet
 * (what {@code TextFields.createClearableTextField()} brings) uses Modena's colour names, which
 * AtlantaFX does not define, and fixed colours for its clear button, so it is left out.
 */
final class SearchField extends CustomTextField {

    SearchField() {
        setLeft(new FontIcon(Material2MZ.SEARCH));
        Button clear = new Button(null, new FontIcon(Material2AL.CLOSE));
        clear.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON, Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.setCursor(Cursor.DEFAULT);
        clear.setTooltip(new Tooltip("Clear the search (Esc)"));
        clear.setAccessibleText("Clear the search");
        clear.visibleProperty().bind(Bindings.isNotEmpty(textProperty()));
        clear.setOnAction(e -> {
            clear();
            requestFocus();
        });
        setRight(clear);
    }

    /** The theme's look, not ControlsFX's Modena-based one. */
    @Override
    public String getUserAgentStylesheet() {
        return null;
    }
}
