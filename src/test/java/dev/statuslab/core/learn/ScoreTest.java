package dev.statuslab.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scoring a session: right, wrong, the best run, points. */
class ScoreTest {

    private static final Question Q =
            QuestionGenerationTest.BANK.find("meaning:404").orElseThrow();

    @ParameterizedTest
    @CsvSource(
            textBlock =
                    """
            '',           0, 0, 0, 0,   0
            RRRRRRRRRR,  10, 0, 10, 140, 100
            WWWWWWWWWW,   0, 10, 0, 0,   0
            RRWRRRWRRW,   7, 3, 3, 75,  70
            RWRWRWRWRW,   5, 5, 1, 50,  50
            """)
    void aSessionIsScoredFromItsAnswersInOrder(String answers, int right, int wrong, int run, int points, int percent) {
        List<Answer> list = new ArrayList<>();
        for (char c : answers.toCharArray()) {
            list.add(new Answer(Q, c == 'R' ? "404" : "403", "404", true));
        }
        Score score = Score.of(list);
        assertEquals(new Score(right, wrong, run, points), score);
        assertEquals(percent, score.percent());
    }

    @Test
    void anAnswerIsJudgedAgainstTheLiveKeyIgnoringSurroundingSpaces() {
        assertEquals(true, new Answer(Q, " 404 ", "404", true).right());
        assertEquals(false, new Answer(Q, "404", "200", true).right());
    }
}
