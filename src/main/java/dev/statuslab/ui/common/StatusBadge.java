package dev.statuslab.ui.common;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/** A small rounded label showing a status code, coloured by its class through app.css. */
public final class StatusBadge extends Label {

    private static final PseudoClass[] ALL = {
        Styles.INFORMATIONAL,
        Styles.SUCCESS,
        Styles.REDIRECTION,
        Styles.CLIENT_ERROR,
        Styles.SERVER_ERROR,
        Styles.FAILED
    };

    public StatusBadge() {
        getStyleClass().add(Styles.STATUS_BADGE);
        setMinWidth(USE_PREF_SIZE);
    }

    public StatusBadge(int code) {
        this();
        setCode(code);
    }

    /** Shows the code (or "ERR" for 0, an exchange with no response) in its class's colour. */
    public void setCode(int code) {
        setText(code == 0 ? "ERR" : Integer.toString(code));
        PseudoClass active = Styles.of(code);
        for (PseudoClass p : ALL) {
            pseudoClassStateChanged(p, p == active);
        }
    }

    /** For a scenario with several possible answers, e.g. "200|500". */
    public void setCodes(List<Integer> codes) {
        setCode(codes.get(0));
        if (codes.size() > 1) {
            setText(codes.stream()
                    .map(String::valueOf)
                    .reduce((a, b) -> a + "|" + b)
                    .orElse(""));
        }
    }
}
