package dev.statuslab.core.workbench;

import java.util.Objects;

/**
 * One variable of an environment or a collection.
 *
 * @param name    what {@code {{name}}} refers to
 * @param value   its text
 * @param secret  a password or token: exporters write {@code {{name}}} instead of the value
 * @param enabled a switched-off variable is not used
 */
public record Variable(String name, String value, boolean secret, boolean enabled) {

    public Variable {
        Objects.requireNonNull(name, "name");
        value = value == null ? "" : value;
        if (!VariableText.isName(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a variable name (letters, digits, _ . -)");
        }
    }

    public static Variable of(String name, String value) {
        return new Variable(name, value, false, true);
    }

    public static Variable secret(String name, String value) {
        return new Variable(name, value, true, true);
    }
}
