package dev.statuslab.core.learn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's progress: a card per question answered, the streak of days practised in a row, the
 * number of sessions finished, and the questions missed in the last session. Immutable.
 *
 * @param cards        by question id
 * @param streakDays   days in a row with a finished session, up to {@code lastDay}
 * @param lastDay      the day of the last finished session, or null before the first
 * @param sessions     sessions finished
 * @param lastMistakes the ids missed in the last finished session, in the order asked
 */
public record Progress(
        Map<String, Card> cards, int streakDays, LocalDate lastDay, int sessions, List<String> lastMistakes) {

    public Progress {
        cards = Map.copyOf(Objects.requireNonNull(cards, "cards"));
        lastMistakes = List.copyOf(Objects.requireNonNull(lastMistakes, "lastMistakes"));
        if (streakDays < 0 || sessions < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    /** No practice yet. */
    public static Progress empty() {
        return new Progress(Map.of(), 0, null, 0, List.of());
    }

    public Optional<Card> card(String id) {
        return Optional.ofNullable(cards.get(id));
    }
}
