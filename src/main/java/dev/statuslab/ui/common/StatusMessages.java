package dev.statuslab.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The last thing the app wants to tell the user, for the status bar. One instance per window,
 * made by the composition root and handed to every view model that reports something, so none
 * of them needs another to speak. Call on the JavaFX thread.
 */
public final class StatusMessages implements Consumer<String> {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");

    /** Replaces the message. */
    public void say(String message) {
        text.set(message);
    }

    @Override
    public void accept(String message) {
        say(message);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /**
     * Says {@code report}, and while {@code lasting} also keeps it as a warning the next message
     * does not replace (the status bar shows it beside the messages); not lasting clears it.
     */
    public void report(String report, boolean lasting) {
        say(report);
        warning.set(lasting ? report : "");
    }

    /** The lasting warning, or empty. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }
}
