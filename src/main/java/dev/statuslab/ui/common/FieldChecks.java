package dev.statuslab.ui.common;

import java.util.Optional;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * A form's in-place checks shown the ControlsFX way: a field whose check fails carries an error
 * mark with the message as its tooltip, and the {@code :invalid} pseudo-class. The checks
 * themselves stay in the view model; a field follows its view model's error text (empty when fine).
 */
public final class FieldChecks {

    private static final String KEY = FieldChecks.class.getName();

    private final ValidationSupport support = new ValidationSupport();

    public FieldChecks() {
        support.setValidationDecorator(new GraphicValidationDecoration());
    }

    /** Marks {@code field} with {@code error}'s text while it is not empty. */
    public void error(Control field, ObservableStringValue error) {
        field.getProperties().put(KEY, this);
        support.registerValidator(
                field,
                false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(
                        c, error.get(), !error.get().isEmpty()));
        // The view model decides; its error can change without the field's value changing.
        error.addListener((obs, old, now) -> support.revalidate(field));
        FieldMessages.markInvalid(field, error);
    }

    /** The message a field is marked with now, if any: what its tooltip says. */
    public static Optional<String> messageOf(Node field) {
        return field.getProperties().get(KEY) instanceof FieldChecks checks && field instanceof Control control
                ? checks.support.getHighestMessage(control).map(ValidationMessage::getText)
                : Optional.empty();
    }
}
