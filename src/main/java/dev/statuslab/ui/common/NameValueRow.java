package dev.statuslab.ui.common;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One editable row of a name-value table (the composer's query and headers, the mock editor's
 * headers): a name, a value and an on/off switch. A row that is off stays in the table but is not
 * sent. The view binds these properties directly.
 */
public abstract sealed class NameValueRow permits ParamRow, HeaderRow, VariableRow {

    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    NameValueRow(boolean enabled, String name, String value) {
        this.enabled.set(enabled);
        this.name.set(name == null ? "" : name);
        this.value.set(value == null ? "" : value);
    }

    public final BooleanProperty enabledProperty() {
        return enabled;
    }

    public final boolean isEnabled() {
        return enabled.get();
    }

    public final void setEnabled(boolean on) {
        enabled.set(on);
    }

    public final StringProperty nameProperty() {
        return name;
    }

    /** The name, never null. */
    public final String getName() {
        String n = name.get();
        return n == null ? "" : n;
    }

    public final void setName(String newName) {
        name.set(newName);
    }

    public final StringProperty valueProperty() {
        return value;
    }

    /** The value, never null. */
    public final String getValue() {
        String v = value.get();
        return v == null ? "" : v;
    }

    public final void setValue(String newValue) {
        value.set(newValue);
    }

    /** True when both the name and the value are empty: a fresh row, not sent and not checked. */
    public final boolean isBlank() {
        return getName().isEmpty() && getValue().isEmpty();
    }

    /** True when the row takes part in the request: switched on and not blank. */
    public final boolean isActive() {
        return isEnabled() && !isBlank();
    }

    /** What a list of rows must watch so that an edit inside a row is a change of the list. */
    public final Observable[] observables() {
        return new Observable[] {enabled, name, value};
    }

    @Override
    public String toString() {
        return (isEnabled() ? "" : "# ") + getName() + "=" + getValue();
    }
}
