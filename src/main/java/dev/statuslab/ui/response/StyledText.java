package dev.statuslab.ui.response;

import java.util.List;
import java.util.Objects;

/**
 * Text with its syntax colouring, computed off the FX thread: consecutive runs that cover the
 * text exactly, each with a style class of app.css ({@code json-key}, {@code html-tag}, …) or
 * {@code null} for plain text. No runs at all means the whole text is plain.
 */
public record StyledText(String text, List<Run> runs) {

    /** One stretch of text in one style; {@code styleClass} is null for plain text. */
    public record Run(String styleClass, int length) {

        public Run {
            if (length <= 0) {
                throw new IllegalArgumentException("a run has a positive length: " + length);
            }
        }
    }

    public static final StyledText EMPTY = new StyledText("", List.of());

    public StyledText {
        Objects.requireNonNull(text, "text");
        runs = List.copyOf(runs);
        int total = runs.stream().mapToInt(Run::length).sum();
        if (!runs.isEmpty() && total != text.length()) {
            throw new IllegalArgumentException("runs cover " + total + " of " + text.length() + " characters");
        }
    }

    public static StyledText plain(String text) {
        return text.isEmpty() ? EMPTY : new StyledText(text, List.of());
    }
}
