package dev.statuslab.core.lint;

import java.util.Locale;

/** How serious a finding is: a broken MUST, a broken SHOULD, or advice. Declared most serious first. */
public enum Level {
    ERROR,
    WARNING,
    INFO;

    /** "error", "warning" or "info", as in the JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Level parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
