package dev.statuslab.core.learn;

import dev.statuslab.core.scenario.ReadyRequest;
import java.util.List;
import java.util.Objects;

/**
 * One practice question. For a picked question the answer is one of the choices; for a typed one
 * it is the three digits of the code.
 *
 * @param id        stable across launches (the scheduler keys progress by it), e.g. {@code request:forbidden:0}
 * @param kind      how it is asked
 * @param level     which level it belongs to
 * @param prompt    the question as shown
 * @param choices   the choices for a picked question, in the order shown; empty for a typed one
 * @param answer    the answer key from the app's data; for a question with a request, the simulator's
 *                  live answer takes precedence when it can be had
 * @param code      the status code the question is about (for mastery per code and class)
 * @param request   the request that shows the answer on the simulator, or null when there is none
 * @param setup     requests sent before {@code request}, in order, so that it meets the state it needs
 */
public record Question(
        String id,
        QuestionKind kind,
        Level level,
        String prompt,
        List<String> choices,
        String answer,
        int code,
        ReadyRequest request,
        List<ReadyRequest> setup) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(answer, "answer");
        choices = List.copyOf(choices);
        setup = List.copyOf(setup);
        if (kind.picked() && !choices.contains(answer)) {
            throw new IllegalArgumentException("question " + id + ": the answer '" + answer + "' is not a choice");
        }
        if (!kind.picked() && !choices.isEmpty()) {
            throw new IllegalArgumentException("question " + id + ": a typed question has no choices");
        }
    }

    /** Whether the simulator can show the answer: the question has a request to send. */
    public boolean hasRequest() {
        return request != null;
    }
}
