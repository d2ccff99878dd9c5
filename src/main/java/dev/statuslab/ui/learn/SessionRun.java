package dev.statuslab.ui.learn;

import dev.statuslab.core.learn.Answer;
import dev.statuslab.core.learn.Question;
import dev.statuslab.core.learn.Score;
import java.util.ArrayList;
import java.util.List;

/** One session's questions in order, where the learner is, and the answers given so far. */
final class SessionRun {

    private final List<Question> questions;
    private final List<Answer> answers = new ArrayList<>();
    private int index;

    SessionRun(List<Question> questions) {
        this.questions = List.copyOf(questions);
    }

    static SessionRun none() {
        return new SessionRun(List.of());
    }

    List<Question> questions() {
        return questions;
    }

    boolean isEmpty() {
        return questions.isEmpty();
    }

    Question current() {
        return questions.get(index);
    }

    void record(Answer answer) {
        answers.add(answer);
    }

    /** Moves to the next question; false after the last. */
    boolean advance() {
        index++;
        return index < questions.size();
    }

    /** The ids of the questions answered wrongly. */
    List<String> missed() {
        return answers.stream()
                .filter(a -> !a.right())
                .map(a -> a.question().id())
                .toList();
    }

    String summary() {
        return Reveal.summary(Score.of(answers), answers);
    }

    /** "Question 3 of 10 · Level 1: The cheat-sheet's seven codes · Pick the code". */
    String position() {
        Question q = current();
        return "Question " + (index + 1) + " of " + questions.size() + " · Level "
                + q.level().number() + ": " + q.level().title() + " · "
                + q.kind().title();
    }
}
