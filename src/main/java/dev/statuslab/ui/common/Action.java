package dev.statuslab.ui.common;

import java.util.Objects;
import javafx.beans.value.ObservableValue;

/**
 * A command as registered: which one, when it can run, and what it does.
 *
 * @param enabled true while the command can run; menus and buttons are disabled otherwise
 * @param handler what it does, on the JavaFX thread
 */
public record Action(ActionId id, ObservableValue<Boolean> enabled, Runnable handler) {

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enabled, "enabled");
        Objects.requireNonNull(handler, "handler");
    }

    public boolean isEnabled() {
        return Boolean.TRUE.equals(enabled.getValue());
    }

    /** Runs the handler if the command is enabled; returns whether it ran. */
    public boolean fire() {
        if (!isEnabled()) {
            return false;
        }
        handler.run();
        return true;
    }
}
