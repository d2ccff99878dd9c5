package dev.statuslab.ui.composer;

import dev.statuslab.core.workbench.VariableHints;
import dev.statuslab.ui.common.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Polyline;

/**
 * The URL field with a red wavy line under each {@code {{variable}}} no scope knows, drawn on a
 * pane over the field from the skin's character bounds (so it follows the text as it scrolls). The
 * field also carries {@link Styles#UNKNOWN_VARIABLE}, and the message under it names the variable.
 */
final class UrlUnderline {

    private static final double WAVE = 2.0;

    private UrlUnderline() {}

    /** {@code url} in a stack with the overlay; the stack goes where the field went. */
    static StackPane around(TextField url, VariableMarks marks) {
        Pane overlay = new Pane();
        overlay.setId("composer-url-underlines");
        overlay.setMouseTransparent(true);
        overlay.setManaged(true);
        StackPane stack = new StackPane(url, overlay);
        stack.setMinWidth(0);
        InvalidationListener redraw = o -> Platform.runLater(
                () -> draw(url, overlay, marks.urlUsesProperty().get()));
        marks.urlUsesProperty().addListener(redraw);
        url.textProperty().addListener(redraw);
        url.caretPositionProperty().addListener(redraw); // the text scrolls with the caret
        url.widthProperty().addListener(redraw);
        url.skinProperty().addListener(redraw);
        url.fontProperty().addListener(redraw);
        marks.urlUnknownProperty().addListener((obs, was, now) -> {
            url.getStyleClass().remove(Styles.UNKNOWN_VARIABLE);
            if (!now.isEmpty()) {
                url.getStyleClass().add(Styles.UNKNOWN_VARIABLE);
            }
        });
        return stack;
    }

    private static void draw(TextField url, Pane overlay, List<VariableHints.Use> uses) {
        overlay.getChildren().clear();
        if (!(url.getSkin() instanceof TextFieldSkin skin) || url.getScene() == null) {
            return;
        }
        int length = url.getLength();
        Bounds field = url.getLayoutBounds();
        for (VariableHints.Use use : uses) {
            if (use.known() || use.end() > length) {
                continue;
            }
            Rectangle2D first = skin.getCharacterBounds(use.start());
            Rectangle2D last = skin.getCharacterBounds(use.end() - 1);
            double from = Math.max(first.getMinX(), field.getMinX() + 4);
            double to = Math.min(last.getMaxX(), field.getMaxX() - 4);
            if (to <= from) {
                continue; // scrolled out of sight
            }
            double y = Math.min(last.getMaxY() + 1, field.getMaxY() - WAVE - 1);
            Point2D start = overlay.sceneToLocal(url.localToScene(from, y));
            Point2D end = overlay.sceneToLocal(url.localToScene(to, y));
            Polyline wave = new Polyline();
            wave.getStyleClass().add(Styles.VARIABLE_UNDERLINE);
            wave.setUserData(use.name());
            boolean up = false;
            for (double x = start.getX(); x <= end.getX(); x += WAVE) {
                wave.getPoints().addAll(x, start.getY() + (up ? -WAVE / 2 : WAVE / 2));
                up = !up;
            }
            overlay.getChildren().add(wave);
        }
    }
}
