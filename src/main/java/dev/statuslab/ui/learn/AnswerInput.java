package dev.statuslab.ui.learn;

import dev.statuslab.core.learn.Question;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The answer being given to one question: a picked choice or up to three typed digits. The
 * session decides when input is accepted; this only keeps what was given.
 */
final class AnswerInput {

    private final ReadOnlyIntegerWrapper picked = new ReadOnlyIntegerWrapper(this, "picked", -1);
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper(this, "typed", "");

    ReadOnlyIntegerProperty pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    /** Picks choice {@code n} (1-based) of a picked question; anything else is ignored. */
    void pick(Question q, int n) {
        if (q.kind().picked() && n >= 1 && n <= q.choices().size()) {
            picked.set(n - 1);
        }
    }

    /** Adds a digit to a typed question's code, at most three. */
    void typeDigit(Question q, char digit) {
        if (!q.kind().picked() && Character.isDigit(digit) && typed.get().length() < 3) {
            typed.set(typed.get() + digit);
        }
    }

    void backspace() {
        if (!typed.get().isEmpty()) {
            typed.set(typed.get().substring(0, typed.get().length() - 1));
        }
    }

    /** The picked choice or the typed digits; "" for none or no question. */
    String given(Question q) {
        if (q == null) {
            return "";
        }
        return q.kind().picked() ? (picked.get() < 0 ? "" : q.choices().get(picked.get())) : typed.get();
    }

    void clear() {
        picked.set(-1);
        typed.set("");
    }
}
