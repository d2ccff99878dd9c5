package dev.statuslab.ui.environments;

import dev.statuslab.ui.common.RowTable;
import dev.statuslab.ui.common.Styles;
import dev.statuslab.ui.common.VariableRow;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;

/**
 * The value of a variable in the Environments dialog: a text field bound both ways to the row, or
 * for a secret a password field (••••) until "Show secret values" is on. Both edit the same value;
 * turning the row's Secret box on or off switches the field at once.
 */
final class SecretValueCell extends TableCell<VariableRow, String> {

    private final TextField plain = new TextField();
    private final PasswordField hidden = new PasswordField();
    private final ObservableBooleanValue reveal;
    private final InvalidationListener swap = o -> show();
    private VariableRow bound;

    SecretValueCell(ObservableBooleanValue reveal) {
        this.reveal = reveal;
        for (TextField f : new TextField[] {plain, hidden}) {
            f.setPromptText("Value");
            f.getStyleClass().add(Styles.MONO);
            f.setOnAction(e -> e.consume());
            f.focusedProperty().addListener((obs, was, focused) -> {
                if (focused && getTableView() != null && getIndex() >= 0) {
                    getTableView().getSelectionModel().select(getIndex());
                }
            });
        }
        plain.setAccessibleText("Value");
        hidden.setAccessibleText("Secret value, hidden");
        hidden.setId("environment-secret-value");
        reveal.addListener(new WeakInvalidationListener(swap));
        setGraphicTextGap(0);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        VariableRow row = empty ? null : RowTable.rowAt(this);
        if (row != bound) {
            if (bound != null) {
                plain.textProperty().unbindBidirectional(bound.valueProperty());
                hidden.textProperty().unbindBidirectional(bound.valueProperty());
                bound.secretProperty().removeListener(swap);
            }
            bound = row;
            if (row != null) {
                plain.textProperty().bindBidirectional(row.valueProperty());
                hidden.textProperty().bindBidirectional(row.valueProperty());
                row.secretProperty().addListener(swap);
            }
        }
        show();
    }

    private void show() {
        if (bound == null) {
            setGraphic(null);
            return;
        }
        setGraphic(bound.isSecret() && !reveal.get() ? hidden : plain);
    }
}
