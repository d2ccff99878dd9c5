package dev.statuslab.core.learn;

import dev.statuslab.core.status.StatusClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How well each status class and each code is known: per class, the questions known, seen and in
 * all; per code, the right and wrong answers; a code is weak when one of its questions was missed
 * the last time it was asked.
 */
public record Mastery(List<ClassMastery> classes, List<CodeMastery> codes) {

    /** One class: questions known (last answer right), seen, and in the bank. */
    public record ClassMastery(StatusClass statusClass, int known, int seen, int total) {
        /** Known in per cent of the class's questions. */
        public int percent() {
            return total == 0 ? 0 : known * 100 / total;
        }

        /** Known in per cent of the class's questions asked so far; 0 before any. */
        public int percentOfSeen() {
            return seen == 0 ? 0 : known * 100 / seen;
        }
    }

    /** One code that was asked about: right and wrong answers, and whether it is weak. */
    public record CodeMastery(int code, int right, int wrong, boolean weak) {}

    public Mastery {
        classes = List.copyOf(classes);
        codes = List.copyOf(codes);
    }

    public static Mastery of(QuestionBank bank, Progress progress) {
        Map<StatusClass, int[]> byClass = new EnumMap<>(StatusClass.class);
        Map<Integer, int[]> byCode = new TreeMap<>();
        for (StatusClass c : StatusClass.values()) {
            byClass.put(c, new int[3]);
        }
        for (Question q : bank.all()) {
            int[] counts = byClass.get(StatusClass.of(q.code()));
            counts[2]++;
            Card card = progress.cards().get(q.id());
            if (card == null) {
                continue;
            }
            counts[1]++;
            counts[0] += card.known() ? 1 : 0;
            int[] code = byCode.computeIfAbsent(q.code(), k -> new int[3]);
            code[0] += card.right();
            code[1] += card.wrong();
            code[2] |= card.lastRight() ? 0 : 1;
        }
        List<ClassMastery> classes = new ArrayList<>();
        byClass.forEach((c, n) -> classes.add(new ClassMastery(c, n[0], n[1], n[2])));
        List<CodeMastery> codes = new ArrayList<>();
        byCode.forEach((code, n) -> codes.add(new CodeMastery(code, n[0], n[1], n[2] == 1)));
        return new Mastery(classes, codes);
    }

    /** Whether {@code code} is weak. */
    public boolean weak(int code) {
        return codes.stream().anyMatch(c -> c.code() == code && c.weak());
    }
}
