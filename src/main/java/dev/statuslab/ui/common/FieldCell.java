package dev.statuslab.ui.common;

import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;

/**
 * A name or value cell: a text field bound both ways to the row's property, so the model sees every
 * keystroke and nothing is lost when the focus moves away. Focusing it selects its row; the field
 * is marked {@code :invalid} when its row is the one the view model reports. With {@link TextHints}
 * a field whose text has a problem (an unknown variable) carries {@link Styles#UNKNOWN_VARIABLE}, and
 * the hints are its tooltip.
 */
final class FieldCell<R extends NameValueRow> extends TableCell<R, String> {

    private final TextField field = new TextField();
    private final Function<R, StringProperty> property;
    private final ObservableValue<? extends NameValueRow> invalidRow;
    private final boolean nameColumn;
    private final InvalidationListener markInvalid = o -> markInvalid();
    private final ObservableValue<TextHints> hints;
    private final InvalidationListener showHints = o -> showHints();
    private final Tooltip tip = new Tooltip();
    private R bound;

    FieldCell(
            Function<R, StringProperty> property,
            String prompt,
            ObservableValue<? extends NameValueRow> invalidRow,
            boolean nameColumn,
            ObservableValue<TextHints> hints) {
        this.property = property;
        this.hints = hints;
        this.invalidRow = invalidRow;
        this.nameColumn = nameColumn;
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.getStyleClass().add(Styles.MONO);
        // Enter commits the cell (it is bound live) and goes no further: not to a dialog's default button.
        field.setOnAction(e -> e.consume());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && getTableView() != null && getIndex() >= 0) {
                getTableView().getSelectionModel().select(getIndex());
            }
        });
        invalidRow.addListener(new WeakInvalidationListener(markInvalid));
        field.textProperty().addListener(showHints);
        hints.addListener((obs, old, now) -> {
            if (now != null) {
                now.changed().addListener(new WeakInvalidationListener(showHints));
            }
            showHints();
        });
        if (hints.getValue() != null) {
            hints.getValue().changed().addListener(new WeakInvalidationListener(showHints));
        }
        setGraphicTextGap(0);
    }

    private void showHints() {
        TextHints h = hints.getValue();
        String text = field.getText() == null ? "" : field.getText();
        String problem = h == null || bound == null ? "" : h.problem(text);
        String hover = h == null || bound == null ? "" : h.hover(text);
        field.getStyleClass().remove(Styles.UNKNOWN_VARIABLE);
        if (!problem.isEmpty()) {
            field.getStyleClass().add(Styles.UNKNOWN_VARIABLE);
        }
        tip.setText(hover);
        field.setTooltip(hover.isEmpty() ? null : tip);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        R row = empty ? null : RowTable.rowAt(this);
        if (row != bound) {
            if (bound != null) {
                field.textProperty().unbindBidirectional(property.apply(bound));
            }
            bound = row;
            if (row != null) {
                field.textProperty().bindBidirectional(property.apply(row));
            }
        }
        setGraphic(row == null ? null : field);
        markInvalid();
        showHints();
    }

    /** Puts the caret in this cell's field when it is the name cell of {@code row} and on screen. */
    boolean focusNameOf(NameValueRow row) {
        if (!nameColumn || bound != row || getScene() == null) {
            return false;
        }
        for (Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false; // a cell the table only measures with
            }
        }
        field.requestFocus();
        return true;
    }

    private void markInvalid() {
        field.pseudoClassStateChanged(Styles.INVALID, bound != null && bound == invalidRow.getValue());
    }
}
