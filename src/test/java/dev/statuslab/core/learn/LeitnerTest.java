package dev.statuslab.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Leitner scheduler on a fixed clock. */
class LeitnerTest {

    private static final QuestionBank BANK = QuestionGenerationTest.BANK;
    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

    private final TestClock clock = new TestClock(MONDAY);
    private final Leitner leitner = new Leitner(clock);

    @Test
    void aNewQuestionAnsweredRightGoesToBoxTwoAndIsDueTomorrow() {
        Card card = leitner.answer(Progress.empty(), "meaning:404", true)
                .card("meaning:404")
                .orElseThrow();
        assertEquals(2, card.box());
        assertEquals(MONDAY.plus(Duration.ofDays(1)), card.due());
        assertEquals(1, card.right());
        assertTrue(card.known());
    }

    @Test
    void aWrongAnswerSendsTheCardBackToBoxOneDueAtOnce() {
        Progress p = Progress.empty();
        for (int i = 0; i < 3; i++) {
            p = leitner.answer(p, "meaning:404", true);
        }
        assertEquals(4, p.card("meaning:404").orElseThrow().box());
        p = leitner.answer(p, "meaning:404", false);
        Card card = p.card("meaning:404").orElseThrow();
        assertEquals(1, card.box());
        assertEquals(MONDAY, card.due());
        assertEquals(3, card.right());
        assertEquals(1, card.wrong());
        assertFalse(card.known());
    }

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            1, 0
            2, 1
            3, 3
            4, 7
            5, 21
            """)
    void eachBoxWaitsLongerThanTheOneBefore(int box, int days) {
        assertEquals(Duration.ofDays(days), Leitner.interval(box));
    }

    @Test
    void theTopBoxKeepsARightCard() {
        Progress p = Progress.empty();
        for (int i = 0; i < 8; i++) {
            p = leitner.answer(p, "meaning:200", true);
        }
        assertEquals(Leitner.BOXES, p.card("meaning:200").orElseThrow().box());
    }

    @Test
    void aFirstSessionIsTenNewQuestionsOfTheFirstLevelOfMixedKinds() {
        List<Question> session = leitner.session(BANK, Progress.empty(), 10);
        assertEquals(10, session.size());
        assertTrue(session.stream().allMatch(q -> q.level() == Level.CHEAT_SHEET));
        assertTrue(session.stream().map(Question::kind).distinct().count() >= 3, session.toString());
    }

    @Test
    void missedQuestionsComeFirstInTheNextSessionAndRightOnesWaitUntilDue() {
        List<Question> first = leitner.session(BANK, Progress.empty(), 10);
        Progress p = Progress.empty();
        for (int i = 0; i < first.size(); i++) {
            p = leitner.answer(p, first.get(i).id(), i % 3 != 1);
        }
        List<String> missed =
                List.of(first.get(1).id(), first.get(4).id(), first.get(7).id());
        clock.advance(Duration.ofMinutes(5));
        List<Question> next = leitner.session(BANK, p, 10);
        assertEquals(
                Set.copyOf(missed),
                Set.copyOf(next.subList(0, 3).stream().map(Question::id).toList()));
        for (Question q : next.subList(3, 10)) {
            assertTrue(p.card(q.id()).isEmpty(), "new after the missed ones: " + q.id());
        }
        clock.advance(Duration.ofDays(1));
        List<Question> tomorrow = leitner.session(BANK, p, 10);
        assertEquals(
                Set.copyOf(missed),
                Set.copyOf(tomorrow.subList(0, 3).stream().map(Question::id).toList()),
                "missed before the right ones that fell due");
        assertTrue(p.card(tomorrow.get(3).id()).isPresent(), "then the right ones, now due");
    }

    @Test
    void theNextLevelOpensWhenEightyPerCentOfTheLevelBeforeIsKnown() {
        List<Question> first = BANK.at(Level.CHEAT_SHEET);
        Progress p = Progress.empty();
        int needed = (int) Math.ceil(first.size() * Leitner.MOSTLY_KNOWN);
        for (int i = 0; i < needed - 1; i++) {
            p = leitner.answer(p, first.get(i).id(), true);
        }
        assertFalse(Leitner.isOpen(BANK, p, Level.TUTORIAL_VIEWS));
        assertFalse(Leitner.isOpen(BANK, p, Level.ALL_CODES));
        p = leitner.answer(p, first.get(needed - 1).id(), true);
        assertTrue(Leitner.isOpen(BANK, p, Level.TUTORIAL_VIEWS));
        assertFalse(Leitner.isOpen(BANK, p, Level.COMMON_CODES));
        List<Question> session = leitner.session(BANK, p, 10);
        assertTrue(session.stream().anyMatch(q -> q.level() == Level.TUTORIAL_VIEWS), session.toString());
    }

    @Test
    void theStreakCountsDaysInARowAndStartsAgainAfterAGap() {
        Progress p = leitner.finishSession(Progress.empty(), List.of());
        assertEquals(1, p.streakDays());
        p = leitner.finishSession(p, List.of());
        assertEquals(1, p.streakDays(), "a second session the same day");
        assertEquals(2, p.sessions());
        clock.advance(Duration.ofDays(1));
        p = leitner.finishSession(p, List.of("meaning:404"));
        assertEquals(2, p.streakDays());
        assertEquals(LocalDate.of(2026, 12, 1), p.lastDay());
        assertEquals(List.of("meaning:404"), p.lastMistakes());
        clock.advance(Duration.ofDays(2));
        assertEquals(1, leitner.finishSession(p, List.of()).streakDays());
    }

    @Test
    void practiseMyMistakesAsksTheLastSessionsMissedQuestionsInOrder() {
        Progress p = leitner.finishSession(Progress.empty(), List.of("meaning:404", "gone:999", "header:405"));
        assertEquals(
                List.of("meaning:404", "header:405"),
                Leitner.mistakes(BANK, p).stream().map(Question::id).toList());
    }
}
