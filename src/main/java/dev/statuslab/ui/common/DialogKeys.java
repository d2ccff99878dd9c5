package dev.statuslab.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The keys of a dialog (issue 16): Enter commits the field or cell it is typed in and never saves or
 * closes the dialog; the window's "do it" key (Send's, Ctrl+Enter, from {@link ActionId#SEND}) or
 * the button itself does. A confirmation of something that cannot be undone is not answered by a
 * stray Enter either: its safe button is the default.
 */
public final class DialogKeys {

    private static final KeyCombination COMMIT =
            KeyCombination.keyCombination(ActionId.SEND.accelerator().orElseThrow());

    private DialogKeys() {}

    /** {@code save} is not the default button; Ctrl+Enter anywhere in the dialog presses it (when it is enabled). */
    public static void saveOnlyOnShortcutEnter(DialogPane pane, ButtonType save) {
        Button button = (Button) pane.lookupButton(save);
        button.setDefaultButton(false);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (COMMIT.match(e)) {
                e.consume();
                if (!button.isDisabled()) {
                    button.fire();
                }
            }
        });
    }

    /** The button that keeps things as they are ({@code safe}) answers Enter; {@code risky} only a click. */
    public static void enterKeeps(DialogPane pane, ButtonType risky, ButtonType safe) {
        Node riskyButton = pane.lookupButton(risky);
        Node safeButton = pane.lookupButton(safe);
        if (riskyButton instanceof Button r) {
            r.setDefaultButton(false);
        }
        if (safeButton instanceof Button s) {
            s.setDefaultButton(true);
        }
    }
}
