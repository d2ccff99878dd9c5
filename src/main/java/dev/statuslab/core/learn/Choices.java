package dev.statuslab.core.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** The choices of a picked question: the answer among a few others, in an order fixed by the question's id. */
final class Choices {

    /** How many choices a picked question shows (digits 1 to 4). */
    static final int COUNT = 4;

    private Choices() {}

    /**
     * The answer and up to {@code COUNT - 1} others from {@code pool} (the answer and duplicates left
     * out), shuffled the same way every time for the same {@code id}.
     */
    static List<String> of(String id, String answer, List<String> pool) {
        Random random = new Random(id.hashCode());
        Set<String> others = new LinkedHashSet<>(pool);
        others.remove(answer);
        List<String> candidates = new ArrayList<>(others);
        Collections.shuffle(candidates, random);
        List<String> out = new ArrayList<>(candidates.subList(0, Math.min(COUNT - 1, candidates.size())));
        out.add(answer);
        Collections.shuffle(out, random);
        return List.copyOf(out);
    }
}
