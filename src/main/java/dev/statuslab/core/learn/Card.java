package dev.statuslab.core.learn;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one question stands in the Leitner boxes.
 *
 * @param id           the question's id
 * @param box          1 (just missed, or new) to {@link Leitner#BOXES}
 * @param due          when it is to be asked again
 * @param right        how often it was answered right
 * @param wrong        how often it was answered wrong
 * @param lastRight    whether the last answer was right
 * @param lastAnswered when it was last answered
 */
public record Card(String id, int box, Instant due, int right, int wrong, boolean lastRight, Instant lastAnswered) {

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(lastAnswered, "lastAnswered");
        if (box < 1 || box > Leitner.BOXES) {
            throw new IllegalArgumentException("box must be within 1-" + Leitner.BOXES + ", got " + box);
        }
        if (right < 0 || wrong < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** Known: answered right the last time, so out of the first box. */
    public boolean known() {
        return lastRight && box >= 2;
    }
}
