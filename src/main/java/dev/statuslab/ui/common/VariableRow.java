package dev.statuslab.ui.common;

import dev.statuslab.core.workbench.Variable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A variable of an environment as the Environments dialog edits it: name, value, on/off and secret. */
public final class VariableRow extends NameValueRow {

    private final BooleanProperty secret = new SimpleBooleanProperty(this, "secret", false);

    /** A blank row, switched on, not secret. */
    public VariableRow() {
        this(true, "", "", false);
    }

    public VariableRow(boolean enabled, String name, String value, boolean secret) {
        super(enabled, name, value);
        this.secret.set(secret);
    }

    public static VariableRow of(Variable variable) {
        return new VariableRow(variable.enabled(), variable.name(), variable.value(), variable.secret());
    }

    /** A password or token: exported transcripts carry {@code {{name}}} instead of its value. */
    public BooleanProperty secretProperty() {
        return secret;
    }

    public boolean isSecret() {
        return secret.get();
    }
}
