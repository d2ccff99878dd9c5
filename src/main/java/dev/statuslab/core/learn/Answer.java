package dev.statuslab.core.learn;

import java.util.Objects;

/**
 * One answer of a session.
 *
 * @param question the question
 * @param given    what the learner picked or typed
 * @param key      the answer it was judged against: the simulator's when {@code live}, else the question's
 * @param live     whether the key came from the simulator's live response
 */
public record Answer(Question question, String given, String key, boolean live) {

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(key, "key");
    }

    public boolean right() {
        return given.strip().equals(key);
    }
}
