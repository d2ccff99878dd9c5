package dev.statuslab.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuslab.core.status.StatusClass;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Mastery per class and per code, from the cards. */
class MasteryTest {

    private static final QuestionBank BANK = QuestionGenerationTest.BANK;

    @Test
    void aClassIsMeasuredByItsQuestionsAskedAndKnownAndACodeIsWeakWhenItsLastAnswerWasWrong() {
        Leitner leitner = new Leitner(new TestClock(Instant.parse("2026-12-04T10:00:00Z")));
        Progress p = leitner.answer(Progress.empty(), "meaning:404", true);
        p = leitner.answer(p, "header:405", false);
        p = leitner.answer(p, "meaning:405", true);
        p = leitner.answer(p, "meaning:200", true);
        Mastery m = Mastery.of(BANK, p);
        Mastery.ClassMastery clientErrors = m.classes().get(StatusClass.CLIENT_ERROR.ordinal());
        assertEquals(StatusClass.CLIENT_ERROR, clientErrors.statusClass());
        assertEquals(2, clientErrors.known());
        assertEquals(3, clientErrors.seen());
        assertEquals(66, clientErrors.percentOfSeen());
        assertEquals(BANK.all().stream().filter(q -> q.code() / 100 == 4).count(), clientErrors.total());
        assertEquals(100, m.classes().get(StatusClass.SUCCESSFUL.ordinal()).percentOfSeen());
        assertEquals(0, m.classes().get(StatusClass.SERVER_ERROR.ordinal()).percentOfSeen());
        assertTrue(m.weak(405));
        assertFalse(m.weak(404));
        assertFalse(m.weak(500), "never asked");
    }
}
