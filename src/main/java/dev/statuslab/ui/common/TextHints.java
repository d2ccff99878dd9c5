package dev.statuslab.ui.common;

import javafx.beans.Observable;

/**
 * What a table's text cells say about their text besides it: a problem that marks the cell (an
 * unknown {@code {{variable}}}) and a hover text (what its variables stand for). Both "" when there
 * is nothing to say; {@link #changed()} fires when the answers may differ for the same text.
 */
public interface TextHints {

    String problem(String text);

    String hover(String text);

    Observable changed();
}
