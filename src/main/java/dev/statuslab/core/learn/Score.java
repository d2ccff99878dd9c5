package dev.statuslab.core.learn;

import java.util.List;

/**
 * The score of a session: answers right and wrong, and the longest run of right answers. Each
 * right answer is worth 10 points, and each right answer in a run of three or more 5 more.
 */
public record Score(int right, int wrong, int bestRun, int points) {

    /** The score of these answers, in the order given. */
    public static Score of(List<Answer> answers) {
        int right = 0;
        int run = 0;
        int best = 0;
        int points = 0;
        for (Answer a : answers) {
            if (a.right()) {
                right++;
                run++;
                points += run >= 3 ? 15 : 10;
                best = Math.max(best, run);
            } else {
                run = 0;
            }
        }
        return new Score(right, answers.size() - right, best, points);
    }

    /** Right answers in per cent of all, rounded down; 0 with no answers. */
    public int percent() {
        int total = right + wrong;
        return total == 0 ? 0 : right * 100 / total;
    }
}
